// Generated from /api/openapi.json by `npm run generate:client` (openapi-typescript). Do not edit by hand:
// test/integration/platform/generated-client.test.ts fails when this file and the contract disagree.
export interface paths {
  '/api/v1/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current session, CSRF token and branding */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              csrfToken: string;
              branding: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              me: {
                user: {
                  /** Format: uuid */
                  id: string;
                  email: string;
                  name: string;
                  locale: string | null;
                  timeZone: string | null;
                  phone: string | null;
                  staffRole: ('owner' | 'admin' | 'agent') | null;
                  twoFactorEnabled: boolean;
                  twoFactorRequired: boolean;
                };
                /** @enum {string} */
                sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
                memberships: {
                  /** Format: uuid */
                  accountId: string;
                  accountName: string;
                  /** @enum {string} */
                  role: 'account_admin' | 'member';
                  segment: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: 'client_workspaces' | 'self_service';
                  };
                  modules: (
                    | 'documents'
                    | 'messages'
                    | 'tickets'
                    | 'knowledge_base'
                    | 'billing'
                    | 'tasks'
                    | 'projects'
                    | 'approvals'
                    | 'forms'
                    | 'onboarding'
                    | 'signatures'
                    | 'orders'
                    | 'returns'
                  )[];
                }[];
                activeAccountId: string | null;
                abilities: {
                  useConsole: boolean;
                  manageSettings: boolean;
                  manageStaff: boolean;
                  manageSegments: boolean;
                  createAccounts: boolean;
                  readAuditLog: boolean;
                  readMailOutbox: boolean;
                  manageJobs: boolean;
                  manageWebhooks: boolean;
                  manageDeletionRequests: boolean;
                  manageServiceTokens: boolean;
                };
              } | null;
              language: {
                language: string;
                /** @enum {string} */
                dir: 'ltr' | 'rtl';
                available: string[];
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              state: 'active' | 'second_factor' | 'enrol_two_factor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finish sign-in with a TOTP or recovery code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              state: 'active' | 'second_factor' | 'enrol_two_factor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out of this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/magic-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a sign-in link (same answer whether or not the address exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/magic-links/consume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with an emailed link (POST only: link scanners cannot use it up) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              state: 'active' | 'second_factor' | 'enrol_two_factor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-resets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a password reset link (same answer whether or not the address exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-resets/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with an emailed token; ends every session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an invitation token invites to */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: string;
              accountName: string | null;
              staffRole: ('owner' | 'admin' | 'agent') | null;
              hasAccount: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation and sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            name?: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              state: 'active' | 'second_factor' | 'enrol_two_factor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/email-change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The address change waiting for its code */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              pending: {
                newEmail: string;
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Mail a 6-digit code to a new address (needs a recent re-authentication) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            newEmail: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              pending: {
                newEmail: string;
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              } | null;
            };
          };
        };
      };
    };
    /** Withdraw the address change waiting for its code */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/email-change/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Switch to the new address with its code; ends every other session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                locale: string | null;
                timeZone: string | null;
                phone: string | null;
                staffRole: ('owner' | 'admin' | 'agent') | null;
                twoFactorEnabled: boolean;
                twoFactorRequired: boolean;
              };
              /** @enum {string} */
              sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
              memberships: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
                segment: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: 'client_workspaces' | 'self_service';
                };
                modules: (
                  | 'documents'
                  | 'messages'
                  | 'tickets'
                  | 'knowledge_base'
                  | 'billing'
                  | 'tasks'
                  | 'projects'
                  | 'approvals'
                  | 'forms'
                  | 'onboarding'
                  | 'signatures'
                  | 'orders'
                  | 'returns'
                )[];
              }[];
              activeAccountId: string | null;
              abilities: {
                useConsole: boolean;
                manageSettings: boolean;
                manageStaff: boolean;
                manageSegments: boolean;
                createAccounts: boolean;
                readAuditLog: boolean;
                readMailOutbox: boolean;
                manageJobs: boolean;
                manageWebhooks: boolean;
                manageDeletionRequests: boolean;
                manageServiceTokens: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email-change/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore the previous address and sign every session out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data-exports/latest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My latest data export and its status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              export: {
                id: string;
                /** @enum {string} */
                status: 'pending' | 'ready' | 'failed';
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                readyAt: string | null;
                expiresAt: string | null;
                sizeBytes: number | null;
                downloadUrl: string | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data-exports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Build a zip of everything about me in the background (the running one if one is being built) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              status: 'pending' | 'ready' | 'failed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              readyAt: string | null;
              expiresAt: string | null;
              sizeBytes: number | null;
              downloadUrl: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/data-exports/{exportId}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The zip of a ready export, until it expires */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          exportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/deletion-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My open deletion request, if any */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              request: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled' | 'completed';
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                /** @description ISO 8601 UTC timestamp */
                scheduledFor: string;
                requestedByStaff: boolean;
                cancelledAt: string | null;
                completedAt: string | null;
                blocked: {
                  /** @enum {string} */
                  code: 'legal_hold' | 'unpaid_invoice';
                  reason: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                } | null;
                abilities: {
                  cancel: boolean;
                };
              } | null;
              graceDays: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Ask for my account to be erased after the grace period (needs a recent re-authentication) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'completed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              /** @description ISO 8601 UTC timestamp */
              scheduledFor: string;
              requestedByStaff: boolean;
              cancelledAt: string | null;
              completedAt: string | null;
              blocked: {
                /** @enum {string} */
                code: 'legal_hold' | 'unpaid_invoice';
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                at: string;
              } | null;
              abilities: {
                cancel: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'completed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              /** @description ISO 8601 UTC timestamp */
              scheduledFor: string;
              requestedByStaff: boolean;
              cancelledAt: string | null;
              completedAt: string | null;
              blocked: {
                /** @enum {string} */
                code: 'legal_hold' | 'unpaid_invoice';
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                at: string;
              } | null;
              abilities: {
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    /** Cancel my deletion request */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'completed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              /** @description ISO 8601 UTC timestamp */
              scheduledFor: string;
              requestedByStaff: boolean;
              cancelledAt: string | null;
              completedAt: string | null;
              blocked: {
                /** @enum {string} */
                code: 'legal_hold' | 'unpaid_invoice';
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                at: string;
              } | null;
              abilities: {
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deletion-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deletion requests of people in my scope, newest first (owners and admins) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'scheduled' | 'cancelled' | 'completed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: 'scheduled' | 'cancelled' | 'completed';
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                /** @description ISO 8601 UTC timestamp */
                scheduledFor: string;
                requestedByStaff: boolean;
                cancelledAt: string | null;
                completedAt: string | null;
                blocked: {
                  /** @enum {string} */
                  code: 'legal_hold' | 'unpaid_invoice';
                  reason: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                } | null;
                abilities: {
                  cancel: boolean;
                };
                person: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  email: string;
                };
                holds: {
                  account: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                  } | null;
                  reason: string;
                  /** @description ISO 8601 UTC timestamp */
                  setAt: string;
                }[];
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/deletion-request': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a customer's deletion on their behalf (same grace period and notice) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'completed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              /** @description ISO 8601 UTC timestamp */
              scheduledFor: string;
              requestedByStaff: boolean;
              cancelledAt: string | null;
              completedAt: string | null;
              blocked: {
                /** @enum {string} */
                code: 'legal_hold' | 'unpaid_invoice';
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                at: string;
              } | null;
              abilities: {
                cancel: boolean;
              };
              person: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
              };
              holds: {
                account: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              }[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'completed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              /** @description ISO 8601 UTC timestamp */
              scheduledFor: string;
              requestedByStaff: boolean;
              cancelledAt: string | null;
              completedAt: string | null;
              blocked: {
                /** @enum {string} */
                code: 'legal_hold' | 'unpaid_invoice';
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                at: string;
              } | null;
              abilities: {
                cancel: boolean;
              };
              person: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
              };
              holds: {
                account: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deletion-requests/{requestId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a scheduled deletion request */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              status: 'scheduled' | 'cancelled' | 'completed';
              /** @description ISO 8601 UTC timestamp */
              requestedAt: string;
              /** @description ISO 8601 UTC timestamp */
              scheduledFor: string;
              requestedByStaff: boolean;
              cancelledAt: string | null;
              completedAt: string | null;
              blocked: {
                /** @enum {string} */
                code: 'legal_hold' | 'unpaid_invoice';
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                at: string;
              } | null;
              abilities: {
                cancel: boolean;
              };
              person: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
              };
              holds: {
                account: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/legal-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's legal hold, if any */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              hold: {
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              } | null;
            };
          };
        };
      };
    };
    /** Put the account under a legal hold: none of its people is erased while it stands */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              hold: {
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    /** Lift the legal hold */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              hold: {
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              } | null;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/data-rights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's legal hold and each customer's hold and open deletion request (owners and admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              hold: {
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              } | null;
              people: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                hold: {
                  reason: string;
                  /** @description ISO 8601 UTC timestamp */
                  setAt: string;
                } | null;
                deletionRequest: {
                  /** Format: uuid */
                  id: string;
                  /** @description ISO 8601 UTC timestamp */
                  scheduledFor: string;
                } | null;
                abilities: {
                  placeHold: boolean;
                  liftHold: boolean;
                  startDeletion: boolean;
                };
              }[];
              abilities: {
                placeHold: boolean;
                liftHold: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{userId}/legal-hold': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put one customer under a legal hold: they are not erased while it stands */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              userId: string;
              hold: {
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    /** Lift the customer's legal hold */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              userId: string;
              hold: {
                reason: string;
                /** @description ISO 8601 UTC timestamp */
                setAt: string;
              } | null;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm’s service tokens (integrations), newest first; secrets are never shown again */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                scopes: (
                  | 'core:read'
                  | 'core:write'
                  | 'messages:read'
                  | 'messages:write'
                  | 'knowledge_base:read'
                  | 'knowledge_base:write'
                  | 'documents:read'
                  | 'documents:write'
                  | 'tickets:read'
                  | 'tickets:write'
                  | 'billing:read'
                  | 'billing:write'
                  | 'projects:read'
                  | 'projects:write'
                  | 'approvals:read'
                  | 'approvals:write'
                  | 'forms:read'
                  | 'forms:write'
                  | 'onboarding:read'
                  | 'onboarding:write'
                  | 'signatures:read'
                  | 'signatures:write'
                  | 'orders:read'
                  | 'orders:write'
                  | 'returns:read'
                  | 'returns:write'
                )[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
                lastUsedAt: string | null;
                /** @enum {string} */
                status: 'active' | 'expired' | 'revoked';
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                revokedAt: string | null;
                requestsPerMinute: number;
                customRequestsPerMinute: number | null;
                authorName: string;
                abilities: {
                  revoke: boolean;
                  update: boolean;
                };
              }[];
              nextCursor: string | null;
              defaultRequestsPerMinute: number;
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Create a service token for `Authorization: Bearer svc_...`; the secret is in this response only
     * @description Needs a recent proof (step-up). The token acts firm-wide as the portal, limited by its scopes; it writes only where an integration may (others: 403 `service_token_not_allowed`), and is audited as the integration.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            scopes: (
              | (
                  | 'core:read'
                  | 'core:write'
                  | 'messages:read'
                  | 'messages:write'
                  | 'knowledge_base:read'
                  | 'knowledge_base:write'
                  | 'documents:read'
                  | 'documents:write'
                  | 'tickets:read'
                  | 'tickets:write'
                  | 'billing:read'
                  | 'billing:write'
                  | 'projects:read'
                  | 'projects:write'
                  | 'approvals:read'
                  | 'approvals:write'
                  | 'forms:read'
                  | 'forms:write'
                  | 'onboarding:read'
                  | 'onboarding:write'
                  | 'signatures:read'
                  | 'signatures:write'
                  | 'orders:read'
                  | 'orders:write'
                  | 'returns:read'
                  | 'returns:write'
                )
              | ('read' | 'write')
            )[];
            /** @default 90 */
            expiresInDays?: number;
            requestsPerMinute?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              scopes: (
                | 'core:read'
                | 'core:write'
                | 'messages:read'
                | 'messages:write'
                | 'knowledge_base:read'
                | 'knowledge_base:write'
                | 'documents:read'
                | 'documents:write'
                | 'tickets:read'
                | 'tickets:write'
                | 'billing:read'
                | 'billing:write'
                | 'projects:read'
                | 'projects:write'
                | 'approvals:read'
                | 'approvals:write'
                | 'forms:read'
                | 'forms:write'
                | 'onboarding:read'
                | 'onboarding:write'
                | 'signatures:read'
                | 'signatures:write'
                | 'orders:read'
                | 'orders:write'
                | 'returns:read'
                | 'returns:write'
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              lastUsedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              revokedAt: string | null;
              requestsPerMinute: number;
              customRequestsPerMinute: number | null;
              authorName: string;
              abilities: {
                revoke: boolean;
                update: boolean;
              };
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/service-tokens/{serviceTokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a service token (effective at once) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceTokenId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              scopes: (
                | 'core:read'
                | 'core:write'
                | 'messages:read'
                | 'messages:write'
                | 'knowledge_base:read'
                | 'knowledge_base:write'
                | 'documents:read'
                | 'documents:write'
                | 'tickets:read'
                | 'tickets:write'
                | 'billing:read'
                | 'billing:write'
                | 'projects:read'
                | 'projects:write'
                | 'approvals:read'
                | 'approvals:write'
                | 'forms:read'
                | 'forms:write'
                | 'onboarding:read'
                | 'onboarding:write'
                | 'signatures:read'
                | 'signatures:write'
                | 'orders:read'
                | 'orders:write'
                | 'returns:read'
                | 'returns:write'
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              lastUsedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              revokedAt: string | null;
              requestsPerMinute: number;
              customRequestsPerMinute: number | null;
              authorName: string;
              abilities: {
                revoke: boolean;
                update: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /**
     * Rename a live service token or set its requests per minute (null: the portal default)
     * @description Needs a recent proof (step-up). Past its budget a token gets 429 with Retry-After; its RateLimit and RateLimit-Policy headers show the budget in force.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          serviceTokenId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            requestsPerMinute?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              scopes: (
                | 'core:read'
                | 'core:write'
                | 'messages:read'
                | 'messages:write'
                | 'knowledge_base:read'
                | 'knowledge_base:write'
                | 'documents:read'
                | 'documents:write'
                | 'tickets:read'
                | 'tickets:write'
                | 'billing:read'
                | 'billing:write'
                | 'projects:read'
                | 'projects:write'
                | 'approvals:read'
                | 'approvals:write'
                | 'forms:read'
                | 'forms:write'
                | 'onboarding:read'
                | 'onboarding:write'
                | 'signatures:read'
                | 'signatures:write'
                | 'orders:read'
                | 'orders:write'
                | 'returns:read'
                | 'returns:write'
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              lastUsedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              revokedAt: string | null;
              requestsPerMinute: number;
              customRequestsPerMinute: number | null;
              authorName: string;
              abilities: {
                revoke: boolean;
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their accounts and abilities */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                locale: string | null;
                timeZone: string | null;
                phone: string | null;
                staffRole: ('owner' | 'admin' | 'agent') | null;
                twoFactorEnabled: boolean;
                twoFactorRequired: boolean;
              };
              /** @enum {string} */
              sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
              memberships: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
                segment: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: 'client_workspaces' | 'self_service';
                };
                modules: (
                  | 'documents'
                  | 'messages'
                  | 'tickets'
                  | 'knowledge_base'
                  | 'billing'
                  | 'tasks'
                  | 'projects'
                  | 'approvals'
                  | 'forms'
                  | 'onboarding'
                  | 'signatures'
                  | 'orders'
                  | 'returns'
                )[];
              }[];
              activeAccountId: string | null;
              abilities: {
                useConsole: boolean;
                manageSettings: boolean;
                manageStaff: boolean;
                manageSegments: boolean;
                createAccounts: boolean;
                readAuditLog: boolean;
                readMailOutbox: boolean;
                manageJobs: boolean;
                manageWebhooks: boolean;
                manageDeletionRequests: boolean;
                manageServiceTokens: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update name, language or time zone */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            locale?: string | null;
            timeZone?: string | null;
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                locale: string | null;
                timeZone: string | null;
                phone: string | null;
                staffRole: ('owner' | 'admin' | 'agent') | null;
                twoFactorEnabled: boolean;
                twoFactorRequired: boolean;
              };
              /** @enum {string} */
              sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
              memberships: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
                segment: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: 'client_workspaces' | 'self_service';
                };
                modules: (
                  | 'documents'
                  | 'messages'
                  | 'tickets'
                  | 'knowledge_base'
                  | 'billing'
                  | 'tasks'
                  | 'projects'
                  | 'approvals'
                  | 'forms'
                  | 'onboarding'
                  | 'signatures'
                  | 'orders'
                  | 'returns'
                )[];
              }[];
              activeAccountId: string | null;
              abilities: {
                useConsole: boolean;
                manageSettings: boolean;
                manageStaff: boolean;
                manageSegments: boolean;
                createAccounts: boolean;
                readAuditLog: boolean;
                readMailOutbox: boolean;
                manageJobs: boolean;
                manageWebhooks: boolean;
                manageDeletionRequests: boolean;
                manageServiceTokens: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change password; ends every other session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/active-account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Switch the account this session works in */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            accountId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              user: {
                /** Format: uuid */
                id: string;
                email: string;
                name: string;
                locale: string | null;
                timeZone: string | null;
                phone: string | null;
                staffRole: ('owner' | 'admin' | 'agent') | null;
                twoFactorEnabled: boolean;
                twoFactorRequired: boolean;
              };
              /** @enum {string} */
              sessionState: 'active' | 'second_factor' | 'enrol_two_factor';
              memberships: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
                segment: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: 'client_workspaces' | 'self_service';
                };
                modules: (
                  | 'documents'
                  | 'messages'
                  | 'tickets'
                  | 'knowledge_base'
                  | 'billing'
                  | 'tasks'
                  | 'projects'
                  | 'approvals'
                  | 'forms'
                  | 'onboarding'
                  | 'signatures'
                  | 'orders'
                  | 'returns'
                )[];
              }[];
              activeAccountId: string | null;
              abilities: {
                useConsole: boolean;
                manageSettings: boolean;
                manageStaff: boolean;
                manageSegments: boolean;
                createAccounts: boolean;
                readAuditLog: boolean;
                readMailOutbox: boolean;
                manageJobs: boolean;
                manageWebhooks: boolean;
                manageDeletionRequests: boolean;
                manageServiceTokens: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My signed-in sessions */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                lastSeenAt: string;
                ip: string | null;
                userAgent: string | null;
                current: boolean;
                abilities: {
                  revoke: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of my sessions */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My personal API tokens (secrets are never shown again) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                scopes: (
                  | 'core:read'
                  | 'core:write'
                  | 'messages:read'
                  | 'messages:write'
                  | 'knowledge_base:read'
                  | 'knowledge_base:write'
                  | 'documents:read'
                  | 'documents:write'
                  | 'tickets:read'
                  | 'tickets:write'
                  | 'billing:read'
                  | 'billing:write'
                  | 'projects:read'
                  | 'projects:write'
                  | 'approvals:read'
                  | 'approvals:write'
                  | 'forms:read'
                  | 'forms:write'
                  | 'onboarding:read'
                  | 'onboarding:write'
                  | 'signatures:read'
                  | 'signatures:write'
                  | 'orders:read'
                  | 'orders:write'
                  | 'returns:read'
                  | 'returns:write'
                )[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
                lastUsedAt: string | null;
                /** @enum {string} */
                status: 'active' | 'expired' | 'revoked';
                abilities: {
                  revoke: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a token for `Authorization: Bearer`; the secret is in this response only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            scopes: (
              | (
                  | 'core:read'
                  | 'core:write'
                  | 'messages:read'
                  | 'messages:write'
                  | 'knowledge_base:read'
                  | 'knowledge_base:write'
                  | 'documents:read'
                  | 'documents:write'
                  | 'tickets:read'
                  | 'tickets:write'
                  | 'billing:read'
                  | 'billing:write'
                  | 'projects:read'
                  | 'projects:write'
                  | 'approvals:read'
                  | 'approvals:write'
                  | 'forms:read'
                  | 'forms:write'
                  | 'onboarding:read'
                  | 'onboarding:write'
                  | 'signatures:read'
                  | 'signatures:write'
                  | 'orders:read'
                  | 'orders:write'
                  | 'returns:read'
                  | 'returns:write'
                )
              | ('read' | 'write')
            )[];
            /** @default 90 */
            expiresInDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              scopes: (
                | 'core:read'
                | 'core:write'
                | 'messages:read'
                | 'messages:write'
                | 'knowledge_base:read'
                | 'knowledge_base:write'
                | 'documents:read'
                | 'documents:write'
                | 'tickets:read'
                | 'tickets:write'
                | 'billing:read'
                | 'billing:write'
                | 'projects:read'
                | 'projects:write'
                | 'approvals:read'
                | 'approvals:write'
                | 'forms:read'
                | 'forms:write'
                | 'onboarding:read'
                | 'onboarding:write'
                | 'signatures:read'
                | 'signatures:write'
                | 'orders:read'
                | 'orders:write'
                | 'returns:read'
                | 'returns:write'
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              lastUsedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              abilities: {
                revoke: boolean;
              };
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/api-tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of my API tokens (effective at once) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tokenId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              scopes: (
                | 'core:read'
                | 'core:write'
                | 'messages:read'
                | 'messages:write'
                | 'knowledge_base:read'
                | 'knowledge_base:write'
                | 'documents:read'
                | 'documents:write'
                | 'tickets:read'
                | 'tickets:write'
                | 'billing:read'
                | 'billing:write'
                | 'projects:read'
                | 'projects:write'
                | 'approvals:read'
                | 'approvals:write'
                | 'forms:read'
                | 'forms:write'
                | 'onboarding:read'
                | 'onboarding:write'
                | 'signatures:read'
                | 'signatures:write'
                | 'orders:read'
                | 'orders:write'
                | 'returns:read'
                | 'returns:write'
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              lastUsedAt: string | null;
              /** @enum {string} */
              status: 'active' | 'expired' | 'revoked';
              abilities: {
                revoke: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start TOTP enrolment: secret and QR code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              secret: string;
              otpauthUrl: string;
              qrCodeSvg: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm enrolment with a code; returns recovery codes once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn 2FA off (refused where policy requires it; needs a recent re-authentication) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/two-factor/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace recovery codes (needs a recent re-authentication) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recoveryCodes: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/reauthenticate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prove the password or an authenticator code again: 2FA changes, recovery codes and API tokens need it (403 reauthentication_required) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password?: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description ISO 8601 UTC timestamp */
              reauthenticatedUntil: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/passkey/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a passkey sign-in: a single-use challenge (5 minutes) any discoverable passkey may answer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              challengeId: string;
              options: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/passkey/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with a passkey (counts as two factors) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            challengeId: string;
            response: {
              id: string;
              rawId: string;
              /** @enum {string} */
              type: 'public-key';
              response: {
                [key: string]: unknown;
              };
              /** @default {} */
              clientExtensionResults?: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              authenticatorAttachment?: 'platform' | 'cross-platform';
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              state: 'active' | 'second_factor' | 'enrol_two_factor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/passkeys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My passkeys */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                deviceType: 'singleDevice' | 'multiDevice';
                backedUp: boolean;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                lastUsedAt: string | null;
                abilities: {
                  rename: boolean;
                  remove: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a passkey from the authenticator’s answer; the first one may bring recovery codes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            challengeId: string;
            /** @default Passkey */
            name?: string;
            response: {
              id: string;
              rawId: string;
              /** @enum {string} */
              type: 'public-key';
              response: {
                [key: string]: unknown;
              };
              /** @default {} */
              clientExtensionResults?: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              authenticatorAttachment?: 'platform' | 'cross-platform';
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              passkey: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                deviceType: 'singleDevice' | 'multiDevice';
                backedUp: boolean;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                lastUsedAt: string | null;
                abilities: {
                  rename: boolean;
                  remove: boolean;
                };
              };
              recoveryCodes: string[] | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/passkeys/registration-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start adding a passkey (needs a recent re-authentication) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              challengeId: string;
              options: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/passkeys/{passkeyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of my passkeys (needs a recent re-authentication) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          passkeyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename one of my passkeys */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          passkeyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              deviceType: 'singleDevice' | 'multiDevice';
              backedUp: boolean;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              lastUsedAt: string | null;
              abilities: {
                rename: boolean;
                remove: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/me/passkeys/proof-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start proving it is you with one of your passkeys (step-up, or the second step of a sign-in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              challengeId: string;
              options: {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/passkeys/proof': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prove it is you with a passkey: step-up for sensitive changes, or finishes a sign-in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            challengeId: string;
            response: {
              id: string;
              rawId: string;
              /** @enum {string} */
              type: 'public-key';
              response: {
                [key: string]: unknown;
              };
              /** @default {} */
              clientExtensionResults?: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              authenticatorAttachment?: 'platform' | 'cross-platform';
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description ISO 8601 UTC timestamp */
              reauthenticatedUntil: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts the caller can see (staff: all or assigned; people: their own) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          q?: string;
          segmentId?: string;
          sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                segment: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  /** @enum {string} */
                  kind: 'client_workspaces' | 'self_service';
                };
                modules: (
                  | 'documents'
                  | 'messages'
                  | 'tickets'
                  | 'knowledge_base'
                  | 'billing'
                  | 'tasks'
                  | 'projects'
                  | 'approvals'
                  | 'forms'
                  | 'onboarding'
                  | 'signatures'
                  | 'orders'
                  | 'returns'
                )[];
                memberCount: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  view: boolean;
                  update: boolean;
                  manageMembers: boolean;
                  invite: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create an account in a segment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** Format: uuid */
            segmentId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              segment: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'client_workspaces' | 'self_service';
              };
              modules: (
                | 'documents'
                | 'messages'
                | 'tickets'
                | 'knowledge_base'
                | 'billing'
                | 'tasks'
                | 'projects'
                | 'approvals'
                | 'forms'
                | 'onboarding'
                | 'signatures'
                | 'orders'
                | 'returns'
              )[];
              memberCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                view: boolean;
                update: boolean;
                manageMembers: boolean;
                invite: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts as CSV (staff; same filters, streamed) */
    get: {
      parameters: {
        query?: {
          q?: string;
          segmentId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/people/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People and their memberships as CSV (staff; streamed) */
    get: {
      parameters: {
        query?: {
          q?: string;
          segmentId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              segment: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'client_workspaces' | 'self_service';
              };
              modules: (
                | 'documents'
                | 'messages'
                | 'tickets'
                | 'knowledge_base'
                | 'billing'
                | 'tasks'
                | 'projects'
                | 'approvals'
                | 'forms'
                | 'onboarding'
                | 'signatures'
                | 'orders'
                | 'returns'
              )[];
              memberCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                view: boolean;
                update: boolean;
                manageMembers: boolean;
                invite: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename an account (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              segment: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'client_workspaces' | 'self_service';
              };
              modules: (
                | 'documents'
                | 'messages'
                | 'tickets'
                | 'knowledge_base'
                | 'billing'
                | 'tasks'
                | 'projects'
                | 'approvals'
                | 'forms'
                | 'onboarding'
                | 'signatures'
                | 'orders'
                | 'returns'
              )[];
              memberCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                view: boolean;
                update: boolean;
                manageMembers: boolean;
                invite: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of an account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
                /** @description ISO 8601 UTC timestamp */
                joinedAt: string;
                abilities: {
                  changeRole: boolean;
                  remove: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member from the account */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a member’s role */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role: 'account_admin' | 'member';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              userId: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'account_admin' | 'member';
              /** @description ISO 8601 UTC timestamp */
              joinedAt: string;
              abilities: {
                changeRole: boolean;
                remove: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations into an account */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                email: string;
                role: ('account_admin' | 'member') | null;
                staffRole: ('owner' | 'admin' | 'agent') | null;
                /** @enum {string} */
                status: 'pending' | 'accepted' | 'expired' | 'revoked';
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
                abilities: {
                  revoke: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Invite someone into the account (emails a 7-day link) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            /**
             * @default member
             * @enum {string}
             */
            role?: 'account_admin' | 'member';
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              role: ('account_admin' | 'member') | null;
              staffRole: ('owner' | 'admin' | 'agent') | null;
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'expired' | 'revoked';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              abilities: {
                revoke: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a pending invitation */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              role: ('account_admin' | 'member') | null;
              staffRole: ('owner' | 'admin' | 'agent') | null;
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'expired' | 'revoked';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              abilities: {
                revoke: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All segments (a portal has a handful) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: 'client_workspaces' | 'self_service';
                modules: (
                  | 'documents'
                  | 'messages'
                  | 'tickets'
                  | 'knowledge_base'
                  | 'billing'
                  | 'tasks'
                  | 'projects'
                  | 'approvals'
                  | 'forms'
                  | 'onboarding'
                  | 'signatures'
                  | 'orders'
                  | 'returns'
                )[];
                signInMethods: ('password' | 'magic_link' | 'sso')[];
                requireTwoFactor: boolean;
                ticketsVisibleToAccountAdmins: boolean;
                /** @enum {string} */
                unknownSenderPolicy: 'create_customer' | 'reject';
                messageEditMinutes: number;
                defaultLanguage: string | null;
                accountCount: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  update: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a segment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            kind: 'client_workspaces' | 'self_service';
            modules: (
              | 'messages'
              | 'knowledge_base'
              | 'documents'
              | 'tickets'
              | 'billing'
              | 'projects'
              | 'approvals'
              | 'forms'
              | 'onboarding'
              | 'signatures'
              | 'orders'
              | 'returns'
            )[];
            signInMethods: ('password' | 'magic_link' | 'sso')[];
            requireTwoFactor: boolean;
            /** @default false */
            ticketsVisibleToAccountAdmins?: boolean;
            /**
             * @default reject
             * @enum {string}
             */
            unknownSenderPolicy?: 'create_customer' | 'reject';
            /** @default 15 */
            messageEditMinutes?: number;
            /** @default null */
            defaultLanguage?: ('en' | 'de' | 'fr' | 'es') | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'client_workspaces' | 'self_service';
              modules: (
                | 'documents'
                | 'messages'
                | 'tickets'
                | 'knowledge_base'
                | 'billing'
                | 'tasks'
                | 'projects'
                | 'approvals'
                | 'forms'
                | 'onboarding'
                | 'signatures'
                | 'orders'
                | 'returns'
              )[];
              signInMethods: ('password' | 'magic_link' | 'sso')[];
              requireTwoFactor: boolean;
              ticketsVisibleToAccountAdmins: boolean;
              /** @enum {string} */
              unknownSenderPolicy: 'create_customer' | 'reject';
              messageEditMinutes: number;
              defaultLanguage: string | null;
              accountCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One segment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'client_workspaces' | 'self_service';
              modules: (
                | 'documents'
                | 'messages'
                | 'tickets'
                | 'knowledge_base'
                | 'billing'
                | 'tasks'
                | 'projects'
                | 'approvals'
                | 'forms'
                | 'onboarding'
                | 'signatures'
                | 'orders'
                | 'returns'
              )[];
              signInMethods: ('password' | 'magic_link' | 'sso')[];
              requireTwoFactor: boolean;
              ticketsVisibleToAccountAdmins: boolean;
              /** @enum {string} */
              unknownSenderPolicy: 'create_customer' | 'reject';
              messageEditMinutes: number;
              defaultLanguage: string | null;
              accountCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update modules, sign-in policy or name (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @enum {string} */
            kind?: 'client_workspaces' | 'self_service';
            modules?: (
              | 'messages'
              | 'knowledge_base'
              | 'documents'
              | 'tickets'
              | 'billing'
              | 'projects'
              | 'approvals'
              | 'forms'
              | 'onboarding'
              | 'signatures'
              | 'orders'
              | 'returns'
            )[];
            signInMethods?: ('password' | 'magic_link' | 'sso')[];
            requireTwoFactor?: boolean;
            ticketsVisibleToAccountAdmins?: boolean;
            /** @enum {string} */
            unknownSenderPolicy?: 'create_customer' | 'reject';
            messageEditMinutes?: number;
            defaultLanguage?: ('en' | 'de' | 'fr' | 'es') | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              kind: 'client_workspaces' | 'self_service';
              modules: (
                | 'documents'
                | 'messages'
                | 'tickets'
                | 'knowledge_base'
                | 'billing'
                | 'tasks'
                | 'projects'
                | 'approvals'
                | 'forms'
                | 'onboarding'
                | 'signatures'
                | 'orders'
                | 'returns'
              )[];
              signInMethods: ('password' | 'magic_link' | 'sso')[];
              requireTwoFactor: boolean;
              ticketsVisibleToAccountAdmins: boolean;
              /** @enum {string} */
              unknownSenderPolicy: 'create_customer' | 'reject';
              messageEditMinutes: number;
              defaultLanguage: string | null;
              accountCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/staff-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff users and their roles */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
                /** @enum {string} */
                role: 'owner' | 'admin' | 'agent';
                limitedToAssignedAccounts: boolean;
                assignedAccounts: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                twoFactorEnabled: boolean;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  update: boolean;
                  remove: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff-users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a staff user (ends their sessions) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change role, or limit an agent to assigned accounts */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            role?: 'owner' | 'admin' | 'agent';
            limitedToAssignedAccounts?: boolean;
            assignedAccountIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              email: string;
              /** @enum {string} */
              role: 'owner' | 'admin' | 'agent';
              limitedToAssignedAccounts: boolean;
              assignedAccounts: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              twoFactorEnabled: boolean;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              abilities: {
                update: boolean;
                remove: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/staff-invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pending and past staff invitations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                email: string;
                role: ('account_admin' | 'member') | null;
                staffRole: ('owner' | 'admin' | 'agent') | null;
                /** @enum {string} */
                status: 'pending' | 'accepted' | 'expired' | 'revoked';
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
                abilities: {
                  revoke: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Invite someone onto the staff */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            name?: string;
            /** @enum {string} */
            role: 'owner' | 'admin' | 'agent';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              role: ('account_admin' | 'member') | null;
              staffRole: ('owner' | 'admin' | 'agent') | null;
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'expired' | 'revoked';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              abilities: {
                revoke: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/staff-invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a staff invitation */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          invitationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              email: string;
              role: ('account_admin' | 'member') | null;
              staffRole: ('owner' | 'admin' | 'agent') | null;
              /** @enum {string} */
              status: 'pending' | 'accepted' | 'expired' | 'revoked';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              expiresAt: string;
              abilities: {
                revoke: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/branding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public portal branding */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              primaryColor: string;
              logoUrl: string | null;
              accentColor: string;
              faviconUrl: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string;
              helpHeaderColor: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/portal-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Portal settings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              primaryColor: string;
              logoUrl: string | null;
              accentColor: string;
              faviconUrl: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string;
              helpHeaderColor: string;
              baseUrl: string;
              staffRequireTwoFactor: boolean;
              defaultLanguage: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update portal settings (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            primaryColor?: string;
            supportEmail?: string | null;
            baseUrl?: string | null;
            staffRequireTwoFactor?: boolean;
            /** @enum {string} */
            defaultLanguage?: 'en' | 'de' | 'fr' | 'es';
            /** @enum {boolean} */
            removeLogo?: true;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              primaryColor: string;
              logoUrl: string | null;
              accentColor: string;
              faviconUrl: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string;
              helpHeaderColor: string;
              baseUrl: string;
              staffRequireTwoFactor: boolean;
              defaultLanguage: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/portal-settings/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload the logo (PNG, JPEG or WebP body, max 512 KB) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              primaryColor: string;
              logoUrl: string | null;
              accentColor: string;
              faviconUrl: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string;
              helpHeaderColor: string;
              baseUrl: string;
              staffRequireTwoFactor: boolean;
              defaultLanguage: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/branding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A segment's branding: overrides, what its people see, contrast */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string | null;
              primaryColor: string | null;
              accentColor: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string | null;
              helpHeaderColor: string | null;
              /** Format: uuid */
              segmentId: string;
              logoUrl: string | null;
              faviconUrl: string | null;
              effective: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              firm: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              contrast: {
                primary: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                accent: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                helpHeader: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
              };
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a segment's branding (null = the firm's own; If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            primaryColor?: string | null;
            accentColor?: string | null;
            supportEmail?: string | null;
            termsUrl?: string | null;
            privacyUrl?: string | null;
            helpTitle?: string | null;
            helpHeaderColor?: string | null;
            /** @enum {boolean} */
            removeLogo?: true;
            /** @enum {boolean} */
            removeFavicon?: true;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string | null;
              primaryColor: string | null;
              accentColor: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string | null;
              helpHeaderColor: string | null;
              /** Format: uuid */
              segmentId: string;
              logoUrl: string | null;
              faviconUrl: string | null;
              effective: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              firm: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              contrast: {
                primary: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                accent: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                helpHeader: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
              };
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/branding/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render the portal brand, a help-center page and an email with unsaved values (nothing is saved) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            primaryColor?: string | null;
            accentColor?: string | null;
            supportEmail?: string | null;
            termsUrl?: string | null;
            privacyUrl?: string | null;
            helpTitle?: string | null;
            helpHeaderColor?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              effective: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              email: {
                subject: string;
                html: string;
                text: string;
              };
              /** @description A help-center page as HTML, for a sandboxed frame */
              helpPage: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/branding/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload a segment's logo (PNG, JPEG or WebP body, max 512 KB; stored re-encoded as PNG) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string | null;
              primaryColor: string | null;
              accentColor: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string | null;
              helpHeaderColor: string | null;
              /** Format: uuid */
              segmentId: string;
              logoUrl: string | null;
              faviconUrl: string | null;
              effective: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              firm: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              contrast: {
                primary: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                accent: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                helpHeader: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
              };
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/branding/favicon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload a segment's favicon (PNG, JPEG or WebP body, max 512 KB; stored re-encoded as PNG) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string | null;
              primaryColor: string | null;
              accentColor: string | null;
              supportEmail: string | null;
              termsUrl: string | null;
              privacyUrl: string | null;
              helpTitle: string | null;
              helpHeaderColor: string | null;
              /** Format: uuid */
              segmentId: string;
              logoUrl: string | null;
              faviconUrl: string | null;
              effective: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              firm: {
                name: string;
                primaryColor: string;
                logoUrl: string | null;
                accentColor: string;
                faviconUrl: string | null;
                supportEmail: string | null;
                termsUrl: string | null;
                privacyUrl: string | null;
                helpTitle: string;
                helpHeaderColor: string;
              };
              contrast: {
                primary: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                accent: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
                helpHeader: {
                  /** @description Contrast ratio as text on the light background */
                  light: number;
                  /** @description Contrast ratio as text on the dark background */
                  dark: number;
                  passesLight: boolean;
                  passesDark: boolean;
                };
              };
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A segment's portal and help-center domains, and the addresses its emails link to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              segmentId: string;
              portalDomain: string | null;
              helpDomain: string | null;
              portalUrl: string;
              helpUrl: string;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    /** Set a segment's domains (null = none; owners and admins; 409 when another segment has one) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            portalDomain: string | null;
            helpDomain: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              segmentId: string;
              portalDomain: string | null;
              helpDomain: string | null;
              portalUrl: string;
              helpUrl: string;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tls/ask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** On-demand TLS check: 200 for a configured segment domain, 404 for anything else */
    get: {
      parameters: {
        query: {
          domain: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/mail-sender': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who mail to the segment’s people comes from */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              segmentId: string;
              fromName: string | null;
              fromAddress: string | null;
              effectiveFrom: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    /** Set the segment’s sender name and address (null = MAIL_FROM’s; owners and admins; If-Match) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fromName: string | null;
            fromAddress: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              segmentId: string;
              fromName: string | null;
              fromAddress: string | null;
              effectiveFrom: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/mail-sender/dns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** DKIM, SPF and DMARC records for the sending domain; ?check=true looks them up in DNS */
    get: {
      parameters: {
        query?: {
          check?: 'true' | 'false';
        };
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              domain: string | null;
              selector: string | null;
              records: {
                /** @enum {string} */
                kind: 'dkim' | 'spf' | 'dmarc';
                /** @enum {string} */
                type: 'TXT';
                name: string;
                value: string;
                /** @enum {string} */
                status: 'ok' | 'missing' | 'mismatch' | 'unreachable' | 'unchecked';
                found: string[];
              }[];
              dnsReachable: boolean | null;
              checkedAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/mail-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The emails staff can edit, and the languages the segment’s templates have their own version in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                key: string;
                editedLocales: ('en' | 'de' | 'fr' | 'es')[];
              }[];
              locales: ('en' | 'de' | 'fr' | 'es')[];
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/mail-templates/{key}/{locale}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One email in one language: the segment’s version or what it inherits, with its variables */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              key: string;
              /** @enum {string} */
              locale: 'en' | 'de' | 'fr' | 'es';
              edited: boolean;
              defaults: {
                subject: string;
                html: string;
                text: string;
              };
              /** @enum {string} */
              inheritsFrom: 'firm' | 'default';
              variables: {
                [key: string]:
                  | string
                  | number
                  | {
                      [key: string]: string | number;
                    }[];
              };
              required: string[];
              replyMarker: boolean;
              version: number;
              updatedAt: string | null;
              abilities: {
                update: boolean;
                reset: boolean;
                testSend: boolean;
              };
            };
          };
        };
      };
    };
    /** Save the segment’s version (Liquid; refused with the line and error when it does not render) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            html: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              key: string;
              /** @enum {string} */
              locale: 'en' | 'de' | 'fr' | 'es';
              edited: boolean;
              defaults: {
                subject: string;
                html: string;
                text: string;
              };
              /** @enum {string} */
              inheritsFrom: 'firm' | 'default';
              variables: {
                [key: string]:
                  | string
                  | number
                  | {
                      [key: string]: string | number;
                    }[];
              };
              required: string[];
              replyMarker: boolean;
              version: number;
              updatedAt: string | null;
              abilities: {
                update: boolean;
                reset: boolean;
                testSend: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    /** Reset to what the segment inherits: the firm-level version, else the built-in default */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              key: string;
              /** @enum {string} */
              locale: 'en' | 'de' | 'fr' | 'es';
              edited: boolean;
              defaults: {
                subject: string;
                html: string;
                text: string;
              };
              /** @enum {string} */
              inheritsFrom: 'firm' | 'default';
              variables: {
                [key: string]:
                  | string
                  | number
                  | {
                      [key: string]: string | number;
                    }[];
              };
              required: string[];
              replyMarker: boolean;
              version: number;
              updatedAt: string | null;
              abilities: {
                update: boolean;
                reset: boolean;
                testSend: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/mail-templates/{key}/{locale}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render unsaved parts with sample data in the scope’s frame (nothing is saved or sent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            html: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/mail-templates/{key}/{locale}/test-send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send unsaved parts with sample data to your own address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            html: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sentTo: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The emails staff can edit, and the languages the firm-level (portal-wide) templates have their own version in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                key: string;
                editedLocales: ('en' | 'de' | 'fr' | 'es')[];
              }[];
              locales: ('en' | 'de' | 'fr' | 'es')[];
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail-templates/{key}/{locale}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One email in one language: the firm-level (portal-wide) version or what it inherits, with its variables */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              key: string;
              /** @enum {string} */
              locale: 'en' | 'de' | 'fr' | 'es';
              edited: boolean;
              defaults: {
                subject: string;
                html: string;
                text: string;
              };
              /** @enum {string} */
              inheritsFrom: 'firm' | 'default';
              variables: {
                [key: string]:
                  | string
                  | number
                  | {
                      [key: string]: string | number;
                    }[];
              };
              required: string[];
              replyMarker: boolean;
              version: number;
              updatedAt: string | null;
              abilities: {
                update: boolean;
                reset: boolean;
                testSend: boolean;
              };
            };
          };
        };
      };
    };
    /** Save the firm-level (portal-wide) version (Liquid; refused with the line and error when it does not render) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            html: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              key: string;
              /** @enum {string} */
              locale: 'en' | 'de' | 'fr' | 'es';
              edited: boolean;
              defaults: {
                subject: string;
                html: string;
                text: string;
              };
              /** @enum {string} */
              inheritsFrom: 'firm' | 'default';
              variables: {
                [key: string]:
                  | string
                  | number
                  | {
                      [key: string]: string | number;
                    }[];
              };
              required: string[];
              replyMarker: boolean;
              version: number;
              updatedAt: string | null;
              abilities: {
                update: boolean;
                reset: boolean;
                testSend: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    /** Reset to the built-in default (the translation of this language) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
              key: string;
              /** @enum {string} */
              locale: 'en' | 'de' | 'fr' | 'es';
              edited: boolean;
              defaults: {
                subject: string;
                html: string;
                text: string;
              };
              /** @enum {string} */
              inheritsFrom: 'firm' | 'default';
              variables: {
                [key: string]:
                  | string
                  | number
                  | {
                      [key: string]: string | number;
                    }[];
              };
              required: string[];
              replyMarker: boolean;
              version: number;
              updatedAt: string | null;
              abilities: {
                update: boolean;
                reset: boolean;
                testSend: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail-templates/{key}/{locale}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render unsaved parts with sample data in the scope’s frame (nothing is saved or sent) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            html: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              html: string;
              text: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/mail-templates/{key}/{locale}/test-send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send unsaved parts with sample data to your own address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          key: string;
          locale: 'en' | 'de' | 'fr' | 'es';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            html: string;
            text: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              sentTo: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on providers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                protocol: 'oidc' | 'saml';
                issuer: string;
                clientId: string;
                clientSecretSet: boolean;
                scopes: string[];
                emailClaim: string;
                allowedDomains: string[];
                /** @enum {string} */
                audience: 'staff' | 'segment';
                segmentId: string | null;
                jitAccounts: {
                  domain: string;
                  /** Format: uuid */
                  accountId: string;
                  /** @enum {string} */
                  role: 'account_admin' | 'member';
                }[];
                redirectUri: string;
                samlSsoUrl: string | null;
                samlIdpCertificate: string | null;
                samlEntityId: string | null;
                samlSignAuthnRequests: boolean;
                samlSpSigningCertificate: string | null;
                samlEncryptedAssertions: boolean;
                samlSpEncryptionCertificate: string | null;
                samlSpKeysRotatedAt: string | null;
                samlSpPreviousSigningCertificate: string | null;
                samlSpPreviousEncryptionCertificate: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                  rotateSamlKeys: boolean;
                  retireSamlKeys: boolean;
                };
              }[];
              nextCursor: null;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a provider (owners and admins; the client secret is sealed and never returned) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            issuer: string;
            clientId: string;
            clientSecret: string;
            scopes?: string[];
            /** @default email */
            emailClaim?: string;
            allowedDomains: string[];
            /** @enum {string} */
            audience: 'staff' | 'segment';
            /** @default null */
            segmentId?: string | null;
            /** @default [] */
            jitAccounts?: {
              domain: string;
              /** Format: uuid */
              accountId: string;
              /** @enum {string} */
              role: 'account_admin' | 'member';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              protocol: 'oidc' | 'saml';
              issuer: string;
              clientId: string;
              clientSecretSet: boolean;
              scopes: string[];
              emailClaim: string;
              allowedDomains: string[];
              /** @enum {string} */
              audience: 'staff' | 'segment';
              segmentId: string | null;
              jitAccounts: {
                domain: string;
                /** Format: uuid */
                accountId: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
              }[];
              redirectUri: string;
              samlSsoUrl: string | null;
              samlIdpCertificate: string | null;
              samlEntityId: string | null;
              samlSignAuthnRequests: boolean;
              samlSpSigningCertificate: string | null;
              samlEncryptedAssertions: boolean;
              samlSpEncryptionCertificate: string | null;
              samlSpKeysRotatedAt: string | null;
              samlSpPreviousSigningCertificate: string | null;
              samlSpPreviousEncryptionCertificate: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSamlKeys: boolean;
                retireSamlKeys: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/saml-providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a SAML 2.0 provider (owners and admins; signed assertions are required) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            idpEntityId: string;
            ssoUrl: string;
            idpCertificate: string;
            /** @default email */
            emailAttribute?: string;
            /** @default false */
            signAuthnRequests?: boolean;
            /** @default false */
            encryptedAssertions?: boolean;
            allowedDomains: string[];
            /** @enum {string} */
            audience: 'staff' | 'segment';
            /** @default null */
            segmentId?: string | null;
            /** @default [] */
            jitAccounts?: {
              domain: string;
              /** Format: uuid */
              accountId: string;
              /** @enum {string} */
              role: 'account_admin' | 'member';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              protocol: 'oidc' | 'saml';
              issuer: string;
              clientId: string;
              clientSecretSet: boolean;
              scopes: string[];
              emailClaim: string;
              allowedDomains: string[];
              /** @enum {string} */
              audience: 'staff' | 'segment';
              segmentId: string | null;
              jitAccounts: {
                domain: string;
                /** Format: uuid */
                accountId: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
              }[];
              redirectUri: string;
              samlSsoUrl: string | null;
              samlIdpCertificate: string | null;
              samlEntityId: string | null;
              samlSignAuthnRequests: boolean;
              samlSpSigningCertificate: string | null;
              samlEncryptedAssertions: boolean;
              samlSpEncryptionCertificate: string | null;
              samlSpKeysRotatedAt: string | null;
              samlSpPreviousSigningCertificate: string | null;
              samlSpPreviousEncryptionCertificate: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSamlKeys: boolean;
                retireSamlKeys: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/providers/{providerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A provider */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              protocol: 'oidc' | 'saml';
              issuer: string;
              clientId: string;
              clientSecretSet: boolean;
              scopes: string[];
              emailClaim: string;
              allowedDomains: string[];
              /** @enum {string} */
              audience: 'staff' | 'segment';
              segmentId: string | null;
              jitAccounts: {
                domain: string;
                /** Format: uuid */
                accountId: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
              }[];
              redirectUri: string;
              samlSsoUrl: string | null;
              samlIdpCertificate: string | null;
              samlEntityId: string | null;
              samlSignAuthnRequests: boolean;
              samlSpSigningCertificate: string | null;
              samlEncryptedAssertions: boolean;
              samlSpEncryptionCertificate: string | null;
              samlSpKeysRotatedAt: string | null;
              samlSpPreviousSigningCertificate: string | null;
              samlSpPreviousEncryptionCertificate: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSamlKeys: boolean;
                retireSamlKeys: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove a provider */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a provider (a missing clientSecret keeps the stored one; 409 on a stale version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            issuer?: string;
            clientId?: string;
            clientSecret?: string;
            scopes?: string[];
            emailClaim?: string;
            allowedDomains?: string[];
            jitAccounts?: {
              domain: string;
              /** Format: uuid */
              accountId: string;
              /** @enum {string} */
              role: 'account_admin' | 'member';
            }[];
            idpEntityId?: string;
            ssoUrl?: string;
            idpCertificate?: string;
            signAuthnRequests?: boolean;
            encryptedAssertions?: boolean;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              protocol: 'oidc' | 'saml';
              issuer: string;
              clientId: string;
              clientSecretSet: boolean;
              scopes: string[];
              emailClaim: string;
              allowedDomains: string[];
              /** @enum {string} */
              audience: 'staff' | 'segment';
              segmentId: string | null;
              jitAccounts: {
                domain: string;
                /** Format: uuid */
                accountId: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
              }[];
              redirectUri: string;
              samlSsoUrl: string | null;
              samlIdpCertificate: string | null;
              samlEntityId: string | null;
              samlSignAuthnRequests: boolean;
              samlSpSigningCertificate: string | null;
              samlEncryptedAssertions: boolean;
              samlSpEncryptionCertificate: string | null;
              samlSpKeysRotatedAt: string | null;
              samlSpPreviousSigningCertificate: string | null;
              samlSpPreviousEncryptionCertificate: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSamlKeys: boolean;
                retireSamlKeys: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/sso/providers/{providerId}/saml-keys/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Make new SAML SP keys; the previous ones stay published and decrypting until retired
     * @description Needs a recent proof (step-up). 409 `rollover_open` while previous keys are not retired.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              protocol: 'oidc' | 'saml';
              issuer: string;
              clientId: string;
              clientSecretSet: boolean;
              scopes: string[];
              emailClaim: string;
              allowedDomains: string[];
              /** @enum {string} */
              audience: 'staff' | 'segment';
              segmentId: string | null;
              jitAccounts: {
                domain: string;
                /** Format: uuid */
                accountId: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
              }[];
              redirectUri: string;
              samlSsoUrl: string | null;
              samlIdpCertificate: string | null;
              samlEntityId: string | null;
              samlSignAuthnRequests: boolean;
              samlSpSigningCertificate: string | null;
              samlEncryptedAssertions: boolean;
              samlSpEncryptionCertificate: string | null;
              samlSpKeysRotatedAt: string | null;
              samlSpPreviousSigningCertificate: string | null;
              samlSpPreviousEncryptionCertificate: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSamlKeys: boolean;
                retireSamlKeys: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/providers/{providerId}/saml-keys/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retire the previous SAML SP keys: only the current ones are published and accepted
     * @description Needs a recent proof (step-up). 409 `no_rollover` when there is nothing to retire.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              /** @enum {string} */
              protocol: 'oidc' | 'saml';
              issuer: string;
              clientId: string;
              clientSecretSet: boolean;
              scopes: string[];
              emailClaim: string;
              allowedDomains: string[];
              /** @enum {string} */
              audience: 'staff' | 'segment';
              segmentId: string | null;
              jitAccounts: {
                domain: string;
                /** Format: uuid */
                accountId: string;
                /** @enum {string} */
                role: 'account_admin' | 'member';
              }[];
              redirectUri: string;
              samlSsoUrl: string | null;
              samlIdpCertificate: string | null;
              samlEntityId: string | null;
              samlSignAuthnRequests: boolean;
              samlSpSigningCertificate: string | null;
              samlEncryptedAssertions: boolean;
              samlSpEncryptionCertificate: string | null;
              samlSpKeysRotatedAt: string | null;
              samlSpPreviousSigningCertificate: string | null;
              samlSpPreviousEncryptionCertificate: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSamlKeys: boolean;
                retireSamlKeys: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sso/providers/{providerId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run the provider's discovery and report what it answered */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ok: boolean;
              issuer: string | null;
              authorizationEndpoint: string | null;
              message: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Single sign-on buttons for this address */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/{providerId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start single sign-on: redirects to the identity provider */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/{providerId}/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The identity provider sends the browser back here */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/{providerId}/saml/metadata': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SAML service provider metadata (XML) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/{providerId}/saml/acs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** SAML assertion consumer service: the IdP posts the signed response here */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          providerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            SAMLResponse: string;
            RelayState: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/link/code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a one-time code that proves the person to link (3 per sign-in, limited per address and IP) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sso/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a single sign-on identity to an existing person with their password or an emailed code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            password?: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              state: 'active' | 'second_factor' | 'enrol_two_factor';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Security audit log, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          action?:
            | 'sign_in.succeeded'
            | 'sign_in.failed'
            | 'sign_in.locked'
            | 'sign_out'
            | 'magic_link.requested'
            | 'password.changed'
            | 'password.reset_requested'
            | 'password.reset'
            | 'email.change_requested'
            | 'email.changed'
            | 'email.change_undone'
            | 'data_export.requested'
            | 'two_factor.enabled'
            | 'two_factor.disabled'
            | 'two_factor.recovery_codes_regenerated'
            | 'two_factor.recovery_code_used'
            | 'session.revoked'
            | 'session.reauthenticated'
            | 'invitation.created'
            | 'invitation.accepted'
            | 'invitation.revoked'
            | 'membership.role_changed'
            | 'membership.removed'
            | 'staff.role_changed'
            | 'staff.assignments_changed'
            | 'staff.removed'
            | 'settings.updated'
            | 'segment.created'
            | 'segment.updated'
            | 'segment.branding_updated'
            | 'segment.domains_updated'
            | 'segment.mail_sender_updated'
            | 'segment.mail_template_saved'
            | 'segment.mail_template_reset'
            | 'segment.mail_template_test_sent'
            | 'settings.mail_template_saved'
            | 'settings.mail_template_reset'
            | 'settings.mail_template_test_sent'
            | 'account.created'
            | 'account.updated'
            | 'user.created'
            | 'api_token.created'
            | 'api_token.revoked'
            | 'service_token.created'
            | 'service_token.revoked'
            | 'service_token.updated'
            | 'passkey.added'
            | 'passkey.renamed'
            | 'passkey.removed'
            | 'inbound_email.rejected'
            | 'kb_article.created'
            | 'kb_article.translated'
            | 'kb_article.translation_deleted'
            | 'kb_article.updated'
            | 'kb_category.created'
            | 'kb_category.updated'
            | 'business_calendar.created'
            | 'business_calendar.updated'
            | 'business_calendar.deleted'
            | 'sla_policy.created'
            | 'sla_policy.updated'
            | 'sla_policy.deleted'
            | 'message.deleted'
            | 'access.denied'
            | 'access.csrf_failed'
            | 'access.probing'
            | 'export.tickets_csv'
            | 'export.documents_zip'
            | 'export.thread'
            | 'billing.setup_changed'
            | 'billing.profile_updated'
            | 'billing.document_created'
            | 'billing.document_updated'
            | 'billing.document_deleted'
            | 'billing.document_sent'
            | 'billing.document_voided'
            | 'billing.quote_accepted'
            | 'billing.quote_declined'
            | 'billing.payment_recorded'
            | 'billing.payment_received_online'
            | 'billing.refund_succeeded'
            | 'billing.refund_failed'
            | 'billing.catalog_changed'
            | 'billing.subscription_created'
            | 'billing.subscription_paused'
            | 'billing.subscription_resumed'
            | 'billing.subscription_cancelled'
            | 'billing.subscription_billed'
            | 'billing.reminders_updated'
            | 'billing.credit_applied'
            | 'billing.credit_application_reversed'
            | 'billing.card_payment_started'
            | 'billing.auto_charge_requires_action'
            | 'billing.payment_method_saved'
            | 'billing.payment_method_removed'
            | 'billing.auto_charge_succeeded'
            | 'billing.auto_charge_failed'
            | 'billing.auto_charge_set'
            | 'billing.payment_method_default_set'
            | 'billing.retainer_created'
            | 'billing.retainer_updated'
            | 'billing.retainer_ended'
            | 'billing.overage_requested'
            | 'billing.overage_approved'
            | 'billing.overage_declined'
            | 'billing.overage_billed'
            | 'export.billing_csv'
            | 'project.created'
            | 'project.updated'
            | 'project.deleted'
            | 'project.template_created'
            | 'project.template_updated'
            | 'project.template_deleted'
            | 'task.deleted'
            | 'task.file_attached'
            | 'task.file_detached'
            | 'time_entry.created'
            | 'time_entry.updated'
            | 'time_entry.deleted'
            | 'approval.requested'
            | 'approval.approved'
            | 'approval.changes_requested'
            | 'approval.cancelled'
            | 'signature.sent'
            | 'signature.viewed'
            | 'signature.signed'
            | 'signature.declined'
            | 'signature.voided'
            | 'signature.expired'
            | 'signature.completed'
            | 'signature.reminded'
            | 'signature.certificate_replaced'
            | 'signature.certificate_regenerated'
            | 'form.created'
            | 'form.updated'
            | 'form.published'
            | 'form.assigned'
            | 'form.submitted'
            | 'form.lead_created'
            | 'export.forms_csv'
            | 'export.accounts_csv'
            | 'export.people_csv'
            | 'export.audit_csv'
            | 'webhook.created'
            | 'webhook.updated'
            | 'webhook.deleted'
            | 'webhook.secret_rotated'
            | 'webhook.delivery_replayed'
            | 'onboarding.template_created'
            | 'onboarding.template_updated'
            | 'onboarding.template_deleted'
            | 'onboarding.applied'
            | 'onboarding.cancelled'
            | 'onboarding.completed'
            | 'onboarding.step_reissued'
            | 'sso_provider.created'
            | 'sso_provider.updated'
            | 'sso_provider.deleted'
            | 'sso_provider.saml_keys_rotated'
            | 'sso_provider.saml_keys_retired'
            | 'sso.user_provisioned'
            | 'sso.identity_linked'
            | 'sso.link_failed'
            | 'sso.link_code_sent'
            | 'return.policy_updated'
            | 'return.requested'
            | 'return.approved'
            | 'return.rejected'
            | 'return.label_added'
            | 'return.received'
            | 'return.inspected'
            | 'return.refunded'
            | 'return.exchanged'
            | 'import.completed'
            | 'billing.credit_added'
            | 'user.deletion_requested'
            | 'user.deletion_cancelled'
            | 'user.deletion_blocked'
            | 'user.erased'
            | 'account.legal_hold_set'
            | 'account.legal_hold_lifted'
            | 'user.legal_hold_set'
            | 'user.legal_hold_lifted';
          actorId?: string;
          accountId?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                /** @enum {string} */
                action:
                  | 'sign_in.succeeded'
                  | 'sign_in.failed'
                  | 'sign_in.locked'
                  | 'sign_out'
                  | 'magic_link.requested'
                  | 'password.changed'
                  | 'password.reset_requested'
                  | 'password.reset'
                  | 'email.change_requested'
                  | 'email.changed'
                  | 'email.change_undone'
                  | 'data_export.requested'
                  | 'two_factor.enabled'
                  | 'two_factor.disabled'
                  | 'two_factor.recovery_codes_regenerated'
                  | 'two_factor.recovery_code_used'
                  | 'session.revoked'
                  | 'session.reauthenticated'
                  | 'invitation.created'
                  | 'invitation.accepted'
                  | 'invitation.revoked'
                  | 'membership.role_changed'
                  | 'membership.removed'
                  | 'staff.role_changed'
                  | 'staff.assignments_changed'
                  | 'staff.removed'
                  | 'settings.updated'
                  | 'segment.created'
                  | 'segment.updated'
                  | 'segment.branding_updated'
                  | 'segment.domains_updated'
                  | 'segment.mail_sender_updated'
                  | 'segment.mail_template_saved'
                  | 'segment.mail_template_reset'
                  | 'segment.mail_template_test_sent'
                  | 'settings.mail_template_saved'
                  | 'settings.mail_template_reset'
                  | 'settings.mail_template_test_sent'
                  | 'account.created'
                  | 'account.updated'
                  | 'user.created'
                  | 'api_token.created'
                  | 'api_token.revoked'
                  | 'service_token.created'
                  | 'service_token.revoked'
                  | 'service_token.updated'
                  | 'passkey.added'
                  | 'passkey.renamed'
                  | 'passkey.removed'
                  | 'inbound_email.rejected'
                  | 'kb_article.created'
                  | 'kb_article.translated'
                  | 'kb_article.translation_deleted'
                  | 'kb_article.updated'
                  | 'kb_category.created'
                  | 'kb_category.updated'
                  | 'business_calendar.created'
                  | 'business_calendar.updated'
                  | 'business_calendar.deleted'
                  | 'sla_policy.created'
                  | 'sla_policy.updated'
                  | 'sla_policy.deleted'
                  | 'message.deleted'
                  | 'access.denied'
                  | 'access.csrf_failed'
                  | 'access.probing'
                  | 'export.tickets_csv'
                  | 'export.documents_zip'
                  | 'export.thread'
                  | 'billing.setup_changed'
                  | 'billing.profile_updated'
                  | 'billing.document_created'
                  | 'billing.document_updated'
                  | 'billing.document_deleted'
                  | 'billing.document_sent'
                  | 'billing.document_voided'
                  | 'billing.quote_accepted'
                  | 'billing.quote_declined'
                  | 'billing.payment_recorded'
                  | 'billing.payment_received_online'
                  | 'billing.refund_succeeded'
                  | 'billing.refund_failed'
                  | 'billing.catalog_changed'
                  | 'billing.subscription_created'
                  | 'billing.subscription_paused'
                  | 'billing.subscription_resumed'
                  | 'billing.subscription_cancelled'
                  | 'billing.subscription_billed'
                  | 'billing.reminders_updated'
                  | 'billing.credit_applied'
                  | 'billing.credit_application_reversed'
                  | 'billing.card_payment_started'
                  | 'billing.auto_charge_requires_action'
                  | 'billing.payment_method_saved'
                  | 'billing.payment_method_removed'
                  | 'billing.auto_charge_succeeded'
                  | 'billing.auto_charge_failed'
                  | 'billing.auto_charge_set'
                  | 'billing.payment_method_default_set'
                  | 'billing.retainer_created'
                  | 'billing.retainer_updated'
                  | 'billing.retainer_ended'
                  | 'billing.overage_requested'
                  | 'billing.overage_approved'
                  | 'billing.overage_declined'
                  | 'billing.overage_billed'
                  | 'export.billing_csv'
                  | 'project.created'
                  | 'project.updated'
                  | 'project.deleted'
                  | 'project.template_created'
                  | 'project.template_updated'
                  | 'project.template_deleted'
                  | 'task.deleted'
                  | 'task.file_attached'
                  | 'task.file_detached'
                  | 'time_entry.created'
                  | 'time_entry.updated'
                  | 'time_entry.deleted'
                  | 'approval.requested'
                  | 'approval.approved'
                  | 'approval.changes_requested'
                  | 'approval.cancelled'
                  | 'signature.sent'
                  | 'signature.viewed'
                  | 'signature.signed'
                  | 'signature.declined'
                  | 'signature.voided'
                  | 'signature.expired'
                  | 'signature.completed'
                  | 'signature.reminded'
                  | 'signature.certificate_replaced'
                  | 'signature.certificate_regenerated'
                  | 'form.created'
                  | 'form.updated'
                  | 'form.published'
                  | 'form.assigned'
                  | 'form.submitted'
                  | 'form.lead_created'
                  | 'export.forms_csv'
                  | 'export.accounts_csv'
                  | 'export.people_csv'
                  | 'export.audit_csv'
                  | 'webhook.created'
                  | 'webhook.updated'
                  | 'webhook.deleted'
                  | 'webhook.secret_rotated'
                  | 'webhook.delivery_replayed'
                  | 'onboarding.template_created'
                  | 'onboarding.template_updated'
                  | 'onboarding.template_deleted'
                  | 'onboarding.applied'
                  | 'onboarding.cancelled'
                  | 'onboarding.completed'
                  | 'onboarding.step_reissued'
                  | 'sso_provider.created'
                  | 'sso_provider.updated'
                  | 'sso_provider.deleted'
                  | 'sso_provider.saml_keys_rotated'
                  | 'sso_provider.saml_keys_retired'
                  | 'sso.user_provisioned'
                  | 'sso.identity_linked'
                  | 'sso.link_failed'
                  | 'sso.link_code_sent'
                  | 'return.policy_updated'
                  | 'return.requested'
                  | 'return.approved'
                  | 'return.rejected'
                  | 'return.label_added'
                  | 'return.received'
                  | 'return.inspected'
                  | 'return.refunded'
                  | 'return.exchanged'
                  | 'import.completed'
                  | 'billing.credit_added'
                  | 'user.deletion_requested'
                  | 'user.deletion_cancelled'
                  | 'user.deletion_blocked'
                  | 'user.erased'
                  | 'account.legal_hold_set'
                  | 'account.legal_hold_lifted'
                  | 'user.legal_hold_set'
                  | 'user.legal_hold_lifted';
                actor: {
                  /** @enum {string} */
                  type: 'person' | 'service_token' | 'system';
                  id: string | null;
                  serviceTokenId: string | null;
                  label: string | null;
                };
                target: {
                  type: string | null;
                  id: string | null;
                  label: string | null;
                };
                accountId: string | null;
                ip: string | null;
                userAgent: string | null;
                details: {
                  [key: string]: unknown;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log as CSV (same filters, streamed) */
    get: {
      parameters: {
        query?: {
          action?:
            | 'sign_in.succeeded'
            | 'sign_in.failed'
            | 'sign_in.locked'
            | 'sign_out'
            | 'magic_link.requested'
            | 'password.changed'
            | 'password.reset_requested'
            | 'password.reset'
            | 'email.change_requested'
            | 'email.changed'
            | 'email.change_undone'
            | 'data_export.requested'
            | 'two_factor.enabled'
            | 'two_factor.disabled'
            | 'two_factor.recovery_codes_regenerated'
            | 'two_factor.recovery_code_used'
            | 'session.revoked'
            | 'session.reauthenticated'
            | 'invitation.created'
            | 'invitation.accepted'
            | 'invitation.revoked'
            | 'membership.role_changed'
            | 'membership.removed'
            | 'staff.role_changed'
            | 'staff.assignments_changed'
            | 'staff.removed'
            | 'settings.updated'
            | 'segment.created'
            | 'segment.updated'
            | 'segment.branding_updated'
            | 'segment.domains_updated'
            | 'segment.mail_sender_updated'
            | 'segment.mail_template_saved'
            | 'segment.mail_template_reset'
            | 'segment.mail_template_test_sent'
            | 'settings.mail_template_saved'
            | 'settings.mail_template_reset'
            | 'settings.mail_template_test_sent'
            | 'account.created'
            | 'account.updated'
            | 'user.created'
            | 'api_token.created'
            | 'api_token.revoked'
            | 'service_token.created'
            | 'service_token.revoked'
            | 'service_token.updated'
            | 'passkey.added'
            | 'passkey.renamed'
            | 'passkey.removed'
            | 'inbound_email.rejected'
            | 'kb_article.created'
            | 'kb_article.translated'
            | 'kb_article.translation_deleted'
            | 'kb_article.updated'
            | 'kb_category.created'
            | 'kb_category.updated'
            | 'business_calendar.created'
            | 'business_calendar.updated'
            | 'business_calendar.deleted'
            | 'sla_policy.created'
            | 'sla_policy.updated'
            | 'sla_policy.deleted'
            | 'message.deleted'
            | 'access.denied'
            | 'access.csrf_failed'
            | 'access.probing'
            | 'export.tickets_csv'
            | 'export.documents_zip'
            | 'export.thread'
            | 'billing.setup_changed'
            | 'billing.profile_updated'
            | 'billing.document_created'
            | 'billing.document_updated'
            | 'billing.document_deleted'
            | 'billing.document_sent'
            | 'billing.document_voided'
            | 'billing.quote_accepted'
            | 'billing.quote_declined'
            | 'billing.payment_recorded'
            | 'billing.payment_received_online'
            | 'billing.refund_succeeded'
            | 'billing.refund_failed'
            | 'billing.catalog_changed'
            | 'billing.subscription_created'
            | 'billing.subscription_paused'
            | 'billing.subscription_resumed'
            | 'billing.subscription_cancelled'
            | 'billing.subscription_billed'
            | 'billing.reminders_updated'
            | 'billing.credit_applied'
            | 'billing.credit_application_reversed'
            | 'billing.card_payment_started'
            | 'billing.auto_charge_requires_action'
            | 'billing.payment_method_saved'
            | 'billing.payment_method_removed'
            | 'billing.auto_charge_succeeded'
            | 'billing.auto_charge_failed'
            | 'billing.auto_charge_set'
            | 'billing.payment_method_default_set'
            | 'billing.retainer_created'
            | 'billing.retainer_updated'
            | 'billing.retainer_ended'
            | 'billing.overage_requested'
            | 'billing.overage_approved'
            | 'billing.overage_declined'
            | 'billing.overage_billed'
            | 'export.billing_csv'
            | 'project.created'
            | 'project.updated'
            | 'project.deleted'
            | 'project.template_created'
            | 'project.template_updated'
            | 'project.template_deleted'
            | 'task.deleted'
            | 'task.file_attached'
            | 'task.file_detached'
            | 'time_entry.created'
            | 'time_entry.updated'
            | 'time_entry.deleted'
            | 'approval.requested'
            | 'approval.approved'
            | 'approval.changes_requested'
            | 'approval.cancelled'
            | 'signature.sent'
            | 'signature.viewed'
            | 'signature.signed'
            | 'signature.declined'
            | 'signature.voided'
            | 'signature.expired'
            | 'signature.completed'
            | 'signature.reminded'
            | 'signature.certificate_replaced'
            | 'signature.certificate_regenerated'
            | 'form.created'
            | 'form.updated'
            | 'form.published'
            | 'form.assigned'
            | 'form.submitted'
            | 'form.lead_created'
            | 'export.forms_csv'
            | 'export.accounts_csv'
            | 'export.people_csv'
            | 'export.audit_csv'
            | 'webhook.created'
            | 'webhook.updated'
            | 'webhook.deleted'
            | 'webhook.secret_rotated'
            | 'webhook.delivery_replayed'
            | 'onboarding.template_created'
            | 'onboarding.template_updated'
            | 'onboarding.template_deleted'
            | 'onboarding.applied'
            | 'onboarding.cancelled'
            | 'onboarding.completed'
            | 'onboarding.step_reissued'
            | 'sso_provider.created'
            | 'sso_provider.updated'
            | 'sso_provider.deleted'
            | 'sso_provider.saml_keys_rotated'
            | 'sso_provider.saml_keys_retired'
            | 'sso.user_provisioned'
            | 'sso.identity_linked'
            | 'sso.link_failed'
            | 'sso.link_code_sent'
            | 'return.policy_updated'
            | 'return.requested'
            | 'return.approved'
            | 'return.rejected'
            | 'return.label_added'
            | 'return.received'
            | 'return.inspected'
            | 'return.refunded'
            | 'return.exchanged'
            | 'import.completed'
            | 'billing.credit_added'
            | 'user.deletion_requested'
            | 'user.deletion_cancelled'
            | 'user.deletion_blocked'
            | 'user.erased'
            | 'account.legal_hold_set'
            | 'account.legal_hold_lifted'
            | 'user.legal_hold_set'
            | 'user.legal_hold_lifted';
          actorId?: string;
          accountId?: string;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev-mail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mail outbox of the development mail driver */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                to: string;
                subject: string;
                /** @enum {string} */
                status: 'sent' | 'failed';
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev-mail/{messageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message of the outbox */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          messageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              to: string;
              subject: string;
              /** @enum {string} */
              status: 'sent' | 'failed';
              text: string;
              html: string;
              error: string | null;
              replyTo: string | null;
              headers: {
                [key: string]: string;
              } | null;
              from?: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/document-space': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Usage, quota, client permissions and abilities of an account’s documents */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              usedBytes: number;
              quotaBytes: number;
              clientPermissions: {
                upload: boolean;
                createFolders: boolean;
                rename: boolean;
                deleteOwn: boolean;
                editOthers: boolean;
              };
              accountOverrides: {
                quotaBytes: number | null;
                upload: boolean | null;
                createFolders: boolean | null;
                rename: boolean | null;
                deleteOwn: boolean | null;
                editOthers: boolean | null;
              } | null;
              areas: ('shared' | 'internal')[];
              abilities: {
                upload: boolean;
                createFolders: boolean;
                manageSettings: boolean;
                emptyTrash: boolean;
                viewActivity: boolean;
                requestFiles: boolean;
                downloadZip: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Quota and client permissions of one account (null: follow the segment) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quotaBytes?: number | null;
            upload?: boolean | null;
            createFolders?: boolean | null;
            rename?: boolean | null;
            deleteOwn?: boolean | null;
            editOthers?: boolean | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              usedBytes: number;
              quotaBytes: number;
              clientPermissions: {
                upload: boolean;
                createFolders: boolean;
                rename: boolean;
                deleteOwn: boolean;
                editOthers: boolean;
              };
              accountOverrides: {
                quotaBytes: number | null;
                upload: boolean | null;
                createFolders: boolean | null;
                rename: boolean | null;
                deleteOwn: boolean | null;
                editOthers: boolean | null;
              } | null;
              areas: ('shared' | 'internal')[];
              abilities: {
                upload: boolean;
                createFolders: boolean;
                manageSettings: boolean;
                emptyTrash: boolean;
                viewActivity: boolean;
                requestFiles: boolean;
                downloadZip: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/document-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What clients of a segment may do with documents */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              segmentId: string;
              clientPermissions: {
                upload: boolean;
                createFolders: boolean;
                rename: boolean;
                deleteOwn: boolean;
                editOthers: boolean;
              };
              quotaBytes: number | null;
              portalDefaultQuotaBytes: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change what clients of a segment may do */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            upload?: boolean;
            createFolders?: boolean;
            rename?: boolean;
            deleteOwn?: boolean;
            editOthers?: boolean;
            quotaBytes?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              segmentId: string;
              clientPermissions: {
                upload: boolean;
                createFolders: boolean;
                rename: boolean;
                deleteOwn: boolean;
                editOthers: boolean;
              };
              quotaBytes: number | null;
              portalDefaultQuotaBytes: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/folders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Folders in a folder (or an area root) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          area?: 'shared' | 'internal';
          parentId?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                parentId: string | null;
                /** @enum {string} */
                area: 'shared' | 'internal';
                name: string;
                path: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                }[];
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                deletedAt: string | null;
                version: number;
                abilities: {
                  rename: boolean;
                  move: boolean;
                  delete: boolean;
                  restore: boolean;
                  createFolder: boolean;
                  upload: boolean;
                  downloadZip: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a folder */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default null */
            parentId?: string | null;
            /**
             * @default shared
             * @enum {string}
             */
            area?: 'shared' | 'internal';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              parentId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              path: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              version: number;
              abilities: {
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                createFolder: boolean;
                upload: boolean;
                downloadZip: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/folders/{folderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One folder, with its path */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          folderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              parentId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              path: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              version: number;
              abilities: {
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                createFolder: boolean;
                upload: boolean;
                downloadZip: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Move a folder and its contents to the trash */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          folderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename or move a folder (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          folderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            parentId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              parentId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              path: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              version: number;
              abilities: {
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                createFolder: boolean;
                upload: boolean;
                downloadZip: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/folders/{folderId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a folder back from the trash */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          folderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              parentId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              path: {
                /** Format: uuid */
                id: string;
                name: string;
              }[];
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              version: number;
              abilities: {
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                createFolder: boolean;
                upload: boolean;
                downloadZip: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Files in a folder, or a name search in the account (q) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          area?: 'shared' | 'internal';
          folderId?: string;
          q?: string;
          sort?: 'name' | '-name' | 'updatedAt' | '-updatedAt';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                folderId: string | null;
                /** @enum {string} */
                area: 'shared' | 'internal';
                name: string;
                contentType: string;
                /** @enum {string} */
                previewKind: 'image' | 'pdf' | 'text' | 'other';
                sizeBytes: number;
                sha256: string;
                /** Format: uuid */
                currentVersionId: string;
                versionCount: number;
                /** @enum {string} */
                thumbnail: 'none' | 'pending' | 'ready' | 'failed';
                fileRequestId: string | null;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                updatedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                deletedAt: string | null;
                lastViewedByClientAt: string | null;
                version: number;
                abilities: {
                  download: boolean;
                  preview: boolean;
                  rename: boolean;
                  move: boolean;
                  delete: boolean;
                  restore: boolean;
                  uploadVersion: boolean;
                  restoreVersion: boolean;
                  viewActivity: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Upload a file (raw body; name, folder and what to do on a name already used in the query) */
    post: {
      parameters: {
        query?: {
          name?: string;
          area?: 'shared' | 'internal';
          folderId?: string;
          onConflict?: 'keep-both' | 'new-version';
          heldFor?: 'signature';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'created' | 'renamed' | 'new_version';
              document: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                folderId: string | null;
                /** @enum {string} */
                area: 'shared' | 'internal';
                name: string;
                contentType: string;
                /** @enum {string} */
                previewKind: 'image' | 'pdf' | 'text' | 'other';
                sizeBytes: number;
                sha256: string;
                /** Format: uuid */
                currentVersionId: string;
                versionCount: number;
                /** @enum {string} */
                thumbnail: 'none' | 'pending' | 'ready' | 'failed';
                fileRequestId: string | null;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                updatedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                deletedAt: string | null;
                lastViewedByClientAt: string | null;
                version: number;
                abilities: {
                  download: boolean;
                  preview: boolean;
                  rename: boolean;
                  move: boolean;
                  delete: boolean;
                  restore: boolean;
                  uploadVersion: boolean;
                  restoreVersion: boolean;
                  viewActivity: boolean;
                };
              };
              /** Format: uuid */
              versionId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              folderId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              contentType: string;
              /** @enum {string} */
              previewKind: 'image' | 'pdf' | 'text' | 'other';
              sizeBytes: number;
              sha256: string;
              /** Format: uuid */
              currentVersionId: string;
              versionCount: number;
              /** @enum {string} */
              thumbnail: 'none' | 'pending' | 'ready' | 'failed';
              fileRequestId: string | null;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              updatedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              lastViewedByClientAt: string | null;
              version: number;
              abilities: {
                download: boolean;
                preview: boolean;
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                uploadVersion: boolean;
                restoreVersion: boolean;
                viewActivity: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              folderId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              contentType: string;
              /** @enum {string} */
              previewKind: 'image' | 'pdf' | 'text' | 'other';
              sizeBytes: number;
              sha256: string;
              /** Format: uuid */
              currentVersionId: string;
              versionCount: number;
              /** @enum {string} */
              thumbnail: 'none' | 'pending' | 'ready' | 'failed';
              fileRequestId: string | null;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              updatedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              lastViewedByClientAt: string | null;
              version: number;
              abilities: {
                download: boolean;
                preview: boolean;
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                uploadVersion: boolean;
                restoreVersion: boolean;
                viewActivity: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Move a file to the trash */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename or move a file (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            folderId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              folderId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              contentType: string;
              /** @enum {string} */
              previewKind: 'image' | 'pdf' | 'text' | 'other';
              sizeBytes: number;
              sha256: string;
              /** Format: uuid */
              currentVersionId: string;
              versionCount: number;
              /** @enum {string} */
              thumbnail: 'none' | 'pending' | 'ready' | 'failed';
              fileRequestId: string | null;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              updatedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              lastViewedByClientAt: string | null;
              version: number;
              abilities: {
                download: boolean;
                preview: boolean;
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                uploadVersion: boolean;
                restoreVersion: boolean;
                viewActivity: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/documents/{documentId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bring a file back from the trash */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              folderId: string | null;
              /** @enum {string} */
              area: 'shared' | 'internal';
              name: string;
              contentType: string;
              /** @enum {string} */
              previewKind: 'image' | 'pdf' | 'text' | 'other';
              sizeBytes: number;
              sha256: string;
              /** Format: uuid */
              currentVersionId: string;
              versionCount: number;
              /** @enum {string} */
              thumbnail: 'none' | 'pending' | 'ready' | 'failed';
              fileRequestId: string | null;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              updatedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              deletedAt: string | null;
              lastViewedByClientAt: string | null;
              version: number;
              abilities: {
                download: boolean;
                preview: boolean;
                rename: boolean;
                move: boolean;
                delete: boolean;
                restore: boolean;
                uploadVersion: boolean;
                restoreVersion: boolean;
                viewActivity: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions of a file, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                documentId: string;
                number: number;
                name: string;
                contentType: string;
                /** @enum {string} */
                previewKind: 'image' | 'pdf' | 'text' | 'other';
                sizeBytes: number;
                sha256: string;
                uploadedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                isCurrent: boolean;
                restoredFromNumber: number | null;
                abilities: {
                  download: boolean;
                  restore: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Upload a new version (raw body) */
    post: {
      parameters: {
        query?: {
          name?: string;
        };
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'created' | 'renamed' | 'new_version';
              document: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                folderId: string | null;
                /** @enum {string} */
                area: 'shared' | 'internal';
                name: string;
                contentType: string;
                /** @enum {string} */
                previewKind: 'image' | 'pdf' | 'text' | 'other';
                sizeBytes: number;
                sha256: string;
                /** Format: uuid */
                currentVersionId: string;
                versionCount: number;
                /** @enum {string} */
                thumbnail: 'none' | 'pending' | 'ready' | 'failed';
                fileRequestId: string | null;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                updatedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                deletedAt: string | null;
                lastViewedByClientAt: string | null;
                version: number;
                abilities: {
                  download: boolean;
                  preview: boolean;
                  rename: boolean;
                  move: boolean;
                  delete: boolean;
                  restore: boolean;
                  uploadVersion: boolean;
                  restoreVersion: boolean;
                  viewActivity: boolean;
                };
              };
              /** Format: uuid */
              versionId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/versions/{versionId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make an old version current again (as a new version) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          documentId: string;
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'created' | 'renamed' | 'new_version';
              document: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                folderId: string | null;
                /** @enum {string} */
                area: 'shared' | 'internal';
                name: string;
                contentType: string;
                /** @enum {string} */
                previewKind: 'image' | 'pdf' | 'text' | 'other';
                sizeBytes: number;
                sha256: string;
                /** Format: uuid */
                currentVersionId: string;
                versionCount: number;
                /** @enum {string} */
                thumbnail: 'none' | 'pending' | 'ready' | 'failed';
                fileRequestId: string | null;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                updatedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                deletedAt: string | null;
                lastViewedByClientAt: string | null;
                version: number;
                abilities: {
                  download: boolean;
                  preview: boolean;
                  rename: boolean;
                  move: boolean;
                  delete: boolean;
                  restore: boolean;
                  uploadVersion: boolean;
                  restoreVersion: boolean;
                  viewActivity: boolean;
                };
              };
              /** Format: uuid */
              versionId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who uploaded, viewed and downloaded a file */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                documentId: string | null;
                documentName: string;
                /** @enum {string} */
                action:
                  | 'uploaded'
                  | 'version_uploaded'
                  | 'version_restored'
                  | 'viewed'
                  | 'downloaded'
                  | 'renamed'
                  | 'moved'
                  | 'deleted'
                  | 'restored';
                versionNumber: number | null;
                actor: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/trash': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deleted items (kept 30 days) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                type: 'folder' | 'document';
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                area: 'shared' | 'internal';
                sizeBytes: number | null;
                /** @description ISO 8601 UTC timestamp */
                deletedAt: string;
                deletedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                purgeAt: string;
                abilities: {
                  restore: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Empty the trash now */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/documents-activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Document activity of an account */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                documentId: string | null;
                documentName: string;
                /** @enum {string} */
                action:
                  | 'uploaded'
                  | 'version_uploaded'
                  | 'version_restored'
                  | 'viewed'
                  | 'downloaded'
                  | 'renamed'
                  | 'moved'
                  | 'deleted'
                  | 'restored';
                versionNumber: number | null;
                actor: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/file-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** File requests of an account (status=pending: what the client still owes) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'pending' | 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled' | 'all';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                title: string;
                note: string | null;
                dueDate: string | null;
                /** @enum {string} */
                status: 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled';
                returnReason: string | null;
                template: {
                  /** Format: uuid */
                  documentId: string;
                  name: string;
                } | null;
                folderId: string | null;
                documents: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  sizeBytes: number;
                  /** @description ISO 8601 UTC timestamp */
                  createdAt: string;
                }[];
                requestedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                acceptedAt: string | null;
                abilities: {
                  upload: boolean;
                  accept: boolean;
                  return: boolean;
                  cancel: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Ask an account for files (emails its people) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @default null */
            note?: string | null;
            /** @default null */
            dueDate?: string | null;
            /** @default null */
            templateDocumentId?: string | null;
            /** @default null */
            folderId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              title: string;
              note: string | null;
              dueDate: string | null;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled';
              returnReason: string | null;
              template: {
                /** Format: uuid */
                documentId: string;
                name: string;
              } | null;
              folderId: string | null;
              documents: {
                /** Format: uuid */
                id: string;
                name: string;
                sizeBytes: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              acceptedAt: string | null;
              abilities: {
                upload: boolean;
                accept: boolean;
                return: boolean;
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-requests/{fileRequestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One file request, with the files uploaded against it */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileRequestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              title: string;
              note: string | null;
              dueDate: string | null;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled';
              returnReason: string | null;
              template: {
                /** Format: uuid */
                documentId: string;
                name: string;
              } | null;
              folderId: string | null;
              documents: {
                /** Format: uuid */
                id: string;
                name: string;
                sizeBytes: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              acceptedAt: string | null;
              abilities: {
                upload: boolean;
                accept: boolean;
                return: boolean;
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Cancel a file request */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileRequestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              title: string;
              note: string | null;
              dueDate: string | null;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled';
              returnReason: string | null;
              template: {
                /** Format: uuid */
                documentId: string;
                name: string;
              } | null;
              folderId: string | null;
              documents: {
                /** Format: uuid */
                id: string;
                name: string;
                sizeBytes: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              acceptedAt: string | null;
              abilities: {
                upload: boolean;
                accept: boolean;
                return: boolean;
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-requests/{fileRequestId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the files (fulfils the request) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileRequestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              title: string;
              note: string | null;
              dueDate: string | null;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled';
              returnReason: string | null;
              template: {
                /** Format: uuid */
                documentId: string;
                name: string;
              } | null;
              folderId: string | null;
              documents: {
                /** Format: uuid */
                id: string;
                name: string;
                sizeBytes: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              acceptedAt: string | null;
              abilities: {
                upload: boolean;
                accept: boolean;
                return: boolean;
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-requests/{fileRequestId}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the request back with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fileRequestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              title: string;
              note: string | null;
              dueDate: string | null;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted' | 'cancelled';
              returnReason: string | null;
              template: {
                /** Format: uuid */
                documentId: string;
                name: string;
              } | null;
              folderId: string | null;
              documents: {
                /** Format: uuid */
                id: string;
                name: string;
                sizeBytes: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
              requestedBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              acceptedAt: string | null;
              abilities: {
                upload: boolean;
                accept: boolean;
                return: boolean;
                cancel: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-requests/{fileRequestId}/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a file against a file request (raw body), into the request’s folder */
    post: {
      parameters: {
        query?: {
          name?: string;
          onConflict?: 'keep-both' | 'new-version';
        };
        header?: never;
        path: {
          fileRequestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              outcome: 'created' | 'renamed' | 'new_version';
              document: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                folderId: string | null;
                /** @enum {string} */
                area: 'shared' | 'internal';
                name: string;
                contentType: string;
                /** @enum {string} */
                previewKind: 'image' | 'pdf' | 'text' | 'other';
                sizeBytes: number;
                sha256: string;
                /** Format: uuid */
                currentVersionId: string;
                versionCount: number;
                /** @enum {string} */
                thumbnail: 'none' | 'pending' | 'ready' | 'failed';
                fileRequestId: string | null;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                updatedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                deletedAt: string | null;
                lastViewedByClientAt: string | null;
                version: number;
                abilities: {
                  download: boolean;
                  preview: boolean;
                  rename: boolean;
                  move: boolean;
                  delete: boolean;
                  restore: boolean;
                  uploadVersion: boolean;
                  restoreVersion: boolean;
                  viewActivity: boolean;
                };
              };
              /** Format: uuid */
              versionId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file (always as an attachment) */
    get: {
      parameters: {
        query?: {
          versionId?: string;
        };
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file inline, for images, PDF and text only */
    get: {
      parameters: {
        query?: {
          versionId?: string;
        };
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/thumbnail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The 256 px thumbnail of an image */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/folders/{folderId}/zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A folder as a zip, streamed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          folderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/documents/zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A whole area (shared, or internal for staff) as a zip, streamed */
    get: {
      parameters: {
        query?: {
          area?: 'shared' | 'internal';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{documentId}/thread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The feedback thread of one version of the document (a conversations thread, made on first use); versionId: that version (404 if not one of this document), default the current one */
    get: {
      parameters: {
        query?: {
          versionId?: string;
        };
        header?: never;
        path: {
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'conversation' | 'ticket' | 'task' | 'document';
              subjectId: string | null;
              subjectVersionId: string | null;
              subject: string;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              lastMessageAt: string;
              lastMessagePreview: string | null;
              messageCount: number;
              unreadCount: number;
              abilities: {
                view: boolean;
                update: boolean;
                post: boolean;
                postInternal: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Categories (and their sections) the caller may read */
    get: {
      parameters: {
        query?: {
          locale?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                name: string;
                description: string;
                position: number;
                /** @enum {string} */
                audience: 'public' | 'signed_in' | 'segments' | 'staff';
                audienceSegmentIds: string[];
                sections: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  position: number;
                }[];
                version: number;
                abilities: {
                  update: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            slug?: string;
            /** @default en */
            locale?: string;
            /** @default  */
            description?: string;
            /** @default 0 */
            position?: number;
            /**
             * @default public
             * @enum {string}
             */
            audience?: 'public' | 'signed_in' | 'segments' | 'staff';
            /** @default [] */
            audienceSegmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              locale: string;
              slug: string;
              name: string;
              description: string;
              position: number;
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              sections: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
              }[];
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/categories/{categoryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One category */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          categoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              locale: string;
              slug: string;
              name: string;
              description: string;
              position: number;
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              sections: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
              }[];
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a category: name, slug (old ones redirect), audience (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          categoryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            slug?: string;
            description?: string;
            position?: number;
            /** @enum {string} */
            audience?: 'public' | 'signed_in' | 'segments' | 'staff';
            audienceSegmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              locale: string;
              slug: string;
              name: string;
              description: string;
              position: number;
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              sections: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
              }[];
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/knowledge-base/categories/{categoryId}/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The category’s articles the caller may read, in reading order (section, position, title) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          categoryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
                /** Format: uuid */
                sectionId: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                /** @enum {string} */
                audience: 'public' | 'signed_in' | 'segments' | 'staff';
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/sections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a section to a category; returns the category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            categoryId: string;
            name: string;
            /** @default 0 */
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              locale: string;
              slug: string;
              name: string;
              description: string;
              position: number;
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              sections: {
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
              }[];
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Articles the caller may read (staff: all, drafts included) */
    get: {
      parameters: {
        query?: {
          status?: 'draft' | 'published' | 'archived';
          sectionId?: string;
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
                /** Format: uuid */
                sectionId: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                /** @enum {string} */
                audience: 'public' | 'signed_in' | 'segments' | 'staff';
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a draft article */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            sectionId: string;
            title: string;
            slug?: string;
            /** @default en */
            locale?: string;
            /** @default  */
            summary?: string;
            /** @default  */
            body?: string;
            /**
             * @default public
             * @enum {string}
             */
            audience?: 'public' | 'signed_in' | 'segments' | 'staff';
            /** @default [] */
            audienceSegmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              locale: string;
              title: string;
              summary: string;
              url: string;
              /** Format: uuid */
              sectionId: string;
              /** Format: uuid */
              categoryId: string;
              categorySlug: string;
              /** @description Markdown source */
              body: string;
              /** @description The rendered, sanitised body */
              html: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              publishedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              /** @description Concurrency token for If-Match: changes with every edit, publishing included */
              version: number;
              /** @description Number of the newest entry of the version history (content changes and restores only) */
              contentVersion: number;
              related: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
              translations: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                title: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                url: string;
                /** @description The version the others translate; only the others can be removed */
                original: boolean;
              }[];
              abilities: {
                update: boolean;
                publish: boolean;
                viewHistory: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/articles/{articleId}/translations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a version of the article in another language (a draft with its own slug and search index) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            locale: 'en' | 'de' | 'fr' | 'es';
            title: string;
            slug?: string;
            /** @default  */
            summary?: string;
            /** @default  */
            body?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              locale: string;
              title: string;
              summary: string;
              url: string;
              /** Format: uuid */
              sectionId: string;
              /** Format: uuid */
              categoryId: string;
              categorySlug: string;
              /** @description Markdown source */
              body: string;
              /** @description The rendered, sanitised body */
              html: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              publishedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              /** @description Concurrency token for If-Match: changes with every edit, publishing included */
              version: number;
              /** @description Number of the newest entry of the version history (content changes and restores only) */
              contentVersion: number;
              related: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
              translations: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                title: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                url: string;
                /** @description The version the others translate; only the others can be removed */
                original: boolean;
              }[];
              abilities: {
                update: boolean;
                publish: boolean;
                viewHistory: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/articles/{articleId}/translations/{translationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one language’s version of the article (not the original); answers with the original */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
          translationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              locale: string;
              title: string;
              summary: string;
              url: string;
              /** Format: uuid */
              sectionId: string;
              /** Format: uuid */
              categoryId: string;
              categorySlug: string;
              /** @description Markdown source */
              body: string;
              /** @description The rendered, sanitised body */
              html: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              publishedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              /** @description Concurrency token for If-Match: changes with every edit, publishing included */
              version: number;
              /** @description Number of the newest entry of the version history (content changes and restores only) */
              contentVersion: number;
              related: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
              translations: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                title: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                url: string;
                /** @description The version the others translate; only the others can be removed */
                original: boolean;
              }[];
              abilities: {
                update: boolean;
                publish: boolean;
                viewHistory: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/articles/{articleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One article with its rendered body and related articles; outside its audience it is 404 */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              locale: string;
              title: string;
              summary: string;
              url: string;
              /** Format: uuid */
              sectionId: string;
              /** Format: uuid */
              categoryId: string;
              categorySlug: string;
              /** @description Markdown source */
              body: string;
              /** @description The rendered, sanitised body */
              html: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              publishedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              /** @description Concurrency token for If-Match: changes with every edit, publishing included */
              version: number;
              /** @description Number of the newest entry of the version history (content changes and restores only) */
              contentVersion: number;
              related: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
              translations: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                title: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                url: string;
                /** @description The version the others translate; only the others can be removed */
                original: boolean;
              }[];
              abilities: {
                update: boolean;
                publish: boolean;
                viewHistory: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, publish or archive an article (If-Match: version); content changes add a version */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            sectionId?: string;
            title?: string;
            slug?: string;
            summary?: string;
            body?: string;
            /** @enum {string} */
            status?: 'draft' | 'published' | 'archived';
            /** @enum {string} */
            audience?: 'public' | 'signed_in' | 'segments' | 'staff';
            audienceSegmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              locale: string;
              title: string;
              summary: string;
              url: string;
              /** Format: uuid */
              sectionId: string;
              /** Format: uuid */
              categoryId: string;
              categorySlug: string;
              /** @description Markdown source */
              body: string;
              /** @description The rendered, sanitised body */
              html: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              publishedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              /** @description Concurrency token for If-Match: changes with every edit, publishing included */
              version: number;
              /** @description Number of the newest entry of the version history (content changes and restores only) */
              contentVersion: number;
              related: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
              translations: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                title: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                url: string;
                /** @description The version the others translate; only the others can be removed */
                original: boolean;
              }[];
              abilities: {
                update: boolean;
                publish: boolean;
                viewHistory: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/knowledge-base/articles/{articleId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Version history, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                number: number;
                title: string;
                summary: string;
                body: string;
                author: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/articles/{articleId}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an earlier version’s content (as a new version) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              slug: string;
              locale: string;
              title: string;
              summary: string;
              url: string;
              /** Format: uuid */
              sectionId: string;
              /** Format: uuid */
              categoryId: string;
              categorySlug: string;
              /** @description Markdown source */
              body: string;
              /** @description The rendered, sanitised body */
              html: string;
              /** @enum {string} */
              status: 'draft' | 'published' | 'archived';
              /** @enum {string} */
              audience: 'public' | 'signed_in' | 'segments' | 'staff';
              audienceSegmentIds: string[];
              publishedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              /** @description Concurrency token for If-Match: changes with every edit, publishing included */
              version: number;
              /** @description Number of the newest entry of the version history (content changes and restores only) */
              contentVersion: number;
              related: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
              translations: {
                /** Format: uuid */
                id: string;
                locale: string;
                slug: string;
                title: string;
                /** @enum {string} */
                status: 'draft' | 'published' | 'archived';
                url: string;
                /** @description The version the others translate; only the others can be removed */
                original: boolean;
              }[];
              abilities: {
                update: boolean;
                publish: boolean;
                viewHistory: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/articles/{articleId}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Was this helpful? One vote per reader; voting again replaces it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          articleId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            helpful: boolean;
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              helpful: boolean;
              yes: number;
              no: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Full-text search with ranking, highlighted snippets (HTML with <mark> only) and typo tolerance */
    get: {
      parameters: {
        query: {
          q: string;
          limit?: number;
          locale?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
                /** @description HTML: escaped text with matches in <mark> */
                snippet: string;
                score: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search-as-you-type: matching titles */
    get: {
      parameters: {
        query: {
          q: string;
          limit?: number;
          locale?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                slug: string;
                locale: string;
                title: string;
                summary: string;
                url: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render Markdown exactly as readers will see it (editor live preview) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              html: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/images': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload an article image (raw PNG, JPEG, GIF or WebP body); returns its URL and Markdown */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              url: string;
              markdown: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/knowledge-base/analytics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search analytics and least helpful articles */
    get: {
      parameters: {
        query?: {
          days?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              topQueries: {
                query: string;
                searches: number;
                lastResults: number;
              }[];
              noResultQueries: {
                query: string;
                searches: number;
              }[];
              worstArticles: {
                /** Format: uuid */
                id: string;
                title: string;
                slug: string;
                yes: number;
                no: number;
                helpfulRatio: number;
              }[];
              recentComments: {
                /** Format: uuid */
                articleId: string;
                title: string;
                slug: string;
                helpful: boolean;
                comment: string;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/business-calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Business calendars (working hours and holidays in a time zone) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                timeZone: string;
                hours: {
                  /** @description ISO weekday, Monday = 1 */
                  day: number;
                  start: string;
                  end: string;
                }[];
                holidays: {
                  /** @description YYYY-MM-DD */
                  day: string;
                  name: string;
                }[];
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a business calendar (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @description IANA time zone, e.g. Europe/Paris */
            timeZone: string;
            hours: {
              /** @description ISO weekday, Monday = 1 */
              day: number;
              start: string;
              end: string;
            }[];
            /** @default [] */
            holidays?: {
              /** Format: date */
              day: string;
              name: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              timeZone: string;
              hours: {
                /** @description ISO weekday, Monday = 1 */
                day: number;
                start: string;
                end: string;
              }[];
              holidays: {
                /** @description YYYY-MM-DD */
                day: string;
                name: string;
              }[];
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/business-calendars/{calendarId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One business calendar */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              timeZone: string;
              hours: {
                /** @description ISO weekday, Monday = 1 */
                day: number;
                start: string;
                end: string;
              }[];
              holidays: {
                /** @description YYYY-MM-DD */
                day: string;
                name: string;
              }[];
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a business calendar (admins); its policies then count around the clock */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a business calendar (admins; If-Match: version). Holidays, when given, replace the list */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          calendarId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @description IANA time zone, e.g. Europe/Paris */
            timeZone?: string;
            hours?: {
              /** @description ISO weekday, Monday = 1 */
              day: number;
              start: string;
              end: string;
            }[];
            holidays?: {
              /** Format: date */
              day: string;
              name: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              timeZone: string;
              hours: {
                /** @description ISO weekday, Monday = 1 */
                day: number;
                start: string;
                end: string;
              }[];
              holidays: {
                /** @description YYYY-MM-DD */
                day: string;
                name: string;
              }[];
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/sla-policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** SLA policies, one per segment and priority */
    get: {
      parameters: {
        query?: {
          segmentId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                segmentId: string;
                /** @enum {string} */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                calendarId: string | null;
                firstResponseMinutes: number | null;
                nextResponseMinutes: number | null;
                resolutionMinutes: number | null;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create the SLA policy of a segment and priority (admins; 409 sla_policy_exists when it has one) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            segmentId: string;
            /** @enum {string} */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            /** @default null */
            calendarId?: string | null;
            /** @default null */
            firstResponseMinutes?: number | null;
            /** @default null */
            nextResponseMinutes?: number | null;
            /** @default null */
            resolutionMinutes?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              calendarId: string | null;
              firstResponseMinutes: number | null;
              nextResponseMinutes: number | null;
              resolutionMinutes: number | null;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sla-policies/{policyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an SLA policy (admins); tickets keep the targets they copied */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          policyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an SLA policy (admins; If-Match: version). Applies to tickets created or re-prioritised afterwards */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          policyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            calendarId?: string | null;
            firstResponseMinutes?: number | null;
            nextResponseMinutes?: number | null;
            resolutionMinutes?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              calendarId: string | null;
              firstResponseMinutes: number | null;
              nextResponseMinutes: number | null;
              resolutionMinutes: number | null;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/threads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Threads the caller can see, latest activity first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          q?: string;
          unread?: 'true' | 'false';
          accountId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                kind: 'conversation' | 'ticket' | 'task' | 'document';
                subjectId: string | null;
                subjectVersionId: string | null;
                subject: string;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                lastMessageAt: string;
                lastMessagePreview: string | null;
                messageCount: number;
                unreadCount: number;
                abilities: {
                  view: boolean;
                  update: boolean;
                  post: boolean;
                  postInternal: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/threads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Threads of one account */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          q?: string;
          unread?: 'true' | 'false';
          accountId?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                kind: 'conversation' | 'ticket' | 'task' | 'document';
                subjectId: string | null;
                subjectVersionId: string | null;
                subject: string;
                createdBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                lastMessageAt: string;
                lastMessagePreview: string | null;
                messageCount: number;
                unreadCount: number;
                abilities: {
                  view: boolean;
                  update: boolean;
                  post: boolean;
                  postInternal: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Start a thread with its first message */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            /** @description Markdown, at most 20000 characters (413 beyond) */
            body: string;
            attachmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'conversation' | 'ticket' | 'task' | 'document';
              subjectId: string | null;
              subjectVersionId: string | null;
              subject: string;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              lastMessageAt: string;
              lastMessagePreview: string | null;
              messageCount: number;
              unreadCount: number;
              abilities: {
                view: boolean;
                update: boolean;
                post: boolean;
                postInternal: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/threads/{threadId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One thread */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'conversation' | 'ticket' | 'task' | 'document';
              subjectId: string | null;
              subjectVersionId: string | null;
              subject: string;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              lastMessageAt: string;
              lastMessagePreview: string | null;
              messageCount: number;
              unreadCount: number;
              abilities: {
                view: boolean;
                update: boolean;
                post: boolean;
                postInternal: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the subject */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'conversation' | 'ticket' | 'task' | 'document';
              subjectId: string | null;
              subjectVersionId: string | null;
              subject: string;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              lastMessageAt: string;
              lastMessagePreview: string | null;
              messageCount: number;
              unreadCount: number;
              abilities: {
                view: boolean;
                update: boolean;
                post: boolean;
                postInternal: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/threads/{threadId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                threadId: string;
                /** Format: uuid */
                accountId: string;
                author: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                body: string;
                bodyHtml: string;
                internal: boolean;
                /** @enum {string} */
                source: 'web' | 'email';
                quotedMessageId: string | null;
                quotedPreview: string | null;
                mentions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                }[];
                attachments: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  contentType: string;
                  size: number;
                  downloadUrl: string;
                }[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                editedAt: string | null;
                deletedAt: string | null;
                seenBy:
                  | {
                      /** Format: uuid */
                      id: string;
                      name: string;
                      isStaff: boolean;
                      /** @description ISO 8601 UTC timestamp */
                      seenAt: string;
                    }[]
                  | null;
                abilities: {
                  edit: boolean;
                  delete: boolean;
                  quote: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Post a message (staff: or an internal note) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Markdown, at most 20000 characters (413 beyond) */
            body: string;
            internal?: boolean;
            /** Format: uuid */
            quotedMessageId?: string;
            mentionUserIds?: string[];
            attachmentIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              threadId: string;
              /** Format: uuid */
              accountId: string;
              author: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              body: string;
              bodyHtml: string;
              internal: boolean;
              /** @enum {string} */
              source: 'web' | 'email';
              quotedMessageId: string | null;
              quotedPreview: string | null;
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              attachments: {
                /** Format: uuid */
                id: string;
                name: string;
                contentType: string;
                size: number;
                downloadUrl: string;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              editedAt: string | null;
              deletedAt: string | null;
              seenBy:
                | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                    /** @description ISO 8601 UTC timestamp */
                    seenAt: string;
                  }[]
                | null;
              abilities: {
                edit: boolean;
                delete: boolean;
                quote: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/threads/{threadId}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages of the thread matching q */
    get: {
      parameters: {
        query: {
          limit?: number;
          cursor?: string;
          q: string;
        };
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                threadId: string;
                /** Format: uuid */
                accountId: string;
                author: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                body: string;
                bodyHtml: string;
                internal: boolean;
                /** @enum {string} */
                source: 'web' | 'email';
                quotedMessageId: string | null;
                quotedPreview: string | null;
                mentions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                }[];
                attachments: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  contentType: string;
                  size: number;
                  downloadUrl: string;
                }[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                editedAt: string | null;
                deletedAt: string | null;
                seenBy:
                  | {
                      /** Format: uuid */
                      id: string;
                      name: string;
                      isStaff: boolean;
                      /** @description ISO 8601 UTC timestamp */
                      seenAt: string;
                    }[]
                  | null;
                abilities: {
                  edit: boolean;
                  delete: boolean;
                  quote: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/threads/{threadId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The thread as a Markdown file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/threads/{threadId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark read up to a message (default: the newest) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            upToMessageId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              threadId: string;
              lastReadMessageId: string | null;
              readAt: string | null;
              unreadCount: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/unread-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unread messages per account and thread */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              total: number;
              accounts: {
                /** Format: uuid */
                accountId: string;
                unreadCount: number;
                unreadThreads: number;
              }[];
              threads: {
                /** Format: uuid */
                threadId: string;
                /** Format: uuid */
                accountId: string;
                unreadCount: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/messages/{messageId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          messageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              threadId: string;
              /** Format: uuid */
              accountId: string;
              author: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              body: string;
              bodyHtml: string;
              internal: boolean;
              /** @enum {string} */
              source: 'web' | 'email';
              quotedMessageId: string | null;
              quotedPreview: string | null;
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              attachments: {
                /** Format: uuid */
                id: string;
                name: string;
                contentType: string;
                size: number;
                downloadUrl: string;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              editedAt: string | null;
              deletedAt: string | null;
              seenBy:
                | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                    /** @description ISO 8601 UTC timestamp */
                    seenAt: string;
                  }[]
                | null;
              abilities: {
                edit: boolean;
                delete: boolean;
                quote: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete (leaves a mark; staff still read it; same window as editing for people outside the firm) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          messageId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              threadId: string;
              /** Format: uuid */
              accountId: string;
              author: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              body: string;
              bodyHtml: string;
              internal: boolean;
              /** @enum {string} */
              source: 'web' | 'email';
              quotedMessageId: string | null;
              quotedPreview: string | null;
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              attachments: {
                /** Format: uuid */
                id: string;
                name: string;
                contentType: string;
                size: number;
                downloadUrl: string;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              editedAt: string | null;
              deletedAt: string | null;
              seenBy:
                | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                    /** @description ISO 8601 UTC timestamp */
                    seenAt: string;
                  }[]
                | null;
              abilities: {
                edit: boolean;
                delete: boolean;
                quote: boolean;
              };
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit (author; staff within 10 minutes, others within their segment window, never a ticket description) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          messageId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Markdown, at most 20000 characters (413 beyond) */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              threadId: string;
              /** Format: uuid */
              accountId: string;
              author: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              body: string;
              bodyHtml: string;
              internal: boolean;
              /** @enum {string} */
              source: 'web' | 'email';
              quotedMessageId: string | null;
              quotedPreview: string | null;
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              attachments: {
                /** Format: uuid */
                id: string;
                name: string;
                contentType: string;
                size: number;
                downloadUrl: string;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              editedAt: string | null;
              deletedAt: string | null;
              seenBy:
                | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                    /** @description ISO 8601 UTC timestamp */
                    seenAt: string;
                  }[]
                | null;
              abilities: {
                edit: boolean;
                delete: boolean;
                quote: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/attachments/{attachmentId}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An attachment’s bytes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/threads/{threadId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a file for the next message (raw body) */
    post: {
      parameters: {
        query: {
          name: string;
        };
        header?: never;
        path: {
          threadId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              contentType: string;
              size: number;
              downloadUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-Sent Events (Last-Event-ID or ?lastEventId= resumes) */
    get: {
      parameters: {
        query?: {
          lastEventId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/conversation-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Email settings of conversations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hideMessageContentInEmail: boolean;
              emailGroupingMinutes: number;
              inboundEmailDomain: string | null;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change them (staff admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            hideMessageContentInEmail?: boolean;
            emailGroupingMinutes?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hideMessageContentInEmail: boolean;
              emailGroupingMinutes: number;
              inboundEmailDomain: string | null;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/inbound-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Inbound email webhook: raw MIME body */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accepted: boolean;
              reason?: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller’s notifications, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          unread?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'mention' | 'task_due_soon' | 'task_due' | 'tasks_overdue';
                /** Format: uuid */
                accountId: string;
                threadId: string | null;
                messageId: string | null;
                taskId: string | null;
                title: string;
                preview: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                readAt: string | null;
                threadKind: ('conversation' | 'ticket' | 'task' | 'document') | null;
                link: string;
                abilities: {
                  markRead: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Unread notifications (the badge) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              count: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one notification read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          notificationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              kind: 'message' | 'mention' | 'task_due_soon' | 'task_due' | 'tasks_overdue';
              /** Format: uuid */
              accountId: string;
              threadId: string | null;
              messageId: string | null;
              taskId: string | null;
              title: string;
              preview: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              readAt: string | null;
              threadKind: ('conversation' | 'ticket' | 'task' | 'document') | null;
              link: string;
              abilities: {
                markRead: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark every notification read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Email preferences per module */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: {
                /** @enum {string} */
                messages: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                projects: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                approvals: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                onboarding: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                orders: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                signatures: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                billing: 'immediately' | 'daily' | 'off';
              };
            };
          };
        };
      };
    };
    /** Set email preferences (immediately, daily digest, off) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: {
              /** @enum {string} */
              messages?: 'immediately' | 'daily' | 'off';
              /** @enum {string} */
              projects?: 'immediately' | 'daily' | 'off';
              /** @enum {string} */
              approvals?: 'immediately' | 'daily' | 'off';
              /** @enum {string} */
              onboarding?: 'immediately' | 'daily' | 'off';
              /** @enum {string} */
              orders?: 'immediately' | 'daily' | 'off';
              /** @enum {string} */
              signatures?: 'immediately' | 'daily' | 'off';
              /** @enum {string} */
              billing?: 'immediately' | 'daily' | 'off';
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              email: {
                /** @enum {string} */
                messages: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                projects: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                approvals: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                onboarding: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                orders: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                signatures: 'immediately' | 'daily' | 'off';
                /** @enum {string} */
                billing: 'immediately' | 'daily' | 'off';
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/email/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One-click unsubscribe (RFC 8058) */
    post: {
      parameters: {
        query: {
          token: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Background jobs (emails, notifications), e.g. ?status=failed (staff admins) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'queued' | 'running' | 'done' | 'failed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                kind: string;
                /** @enum {string} */
                status: 'queued' | 'running' | 'done' | 'failed';
                attempts: number;
                maxAttempts: number;
                /** @description ISO 8601 UTC timestamp */
                runAt: string;
                lastError: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                abilities: {
                  retry: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/jobs/{jobId}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a failed job again now (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          jobId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              kind: string;
              /** @enum {string} */
              status: 'queued' | 'running' | 'done' | 'failed';
              attempts: number;
              maxAttempts: number;
              /** @description ISO 8601 UTC timestamp */
              runAt: string;
              lastError: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                retry: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff: the queue (filters, sort, keyset). Customers: the tickets visible to them */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
          assignee?: string | ('me' | 'none');
          groupId?: string | 'none';
          segmentId?: string;
          accountId?: string;
          requesterId?: string;
          priority?: ('low' | 'normal' | 'high' | 'urgent')[];
          tag?: string;
          sla?: 'due_soon' | 'breached';
          q?: string;
          sort?: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                number: number;
                subject: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** Format: uuid */
                segmentId: string;
                requester: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                ccs: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                }[];
                /** @enum {string} */
                status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
                /** @enum {string} */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                assignee: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                group: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                tags: string[];
                customFields: {
                  [key: string]: string | number | null;
                };
                /** @enum {string} */
                channel: 'web' | 'email' | 'api';
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                solvedAt: string | null;
                closedAt: string | null;
                mergedIntoTicketId: string | null;
                lastMessagePreview: string | null;
                unreadCount: number;
                sla: {
                  policyId: string | null;
                  dueAt: string | null;
                  targets: {
                    /** @enum {string} */
                    metric: 'first_response' | 'next_response' | 'resolution';
                    targetMinutes: number | null;
                    dueAt: string | null;
                    breached: boolean;
                    metAt: string | null;
                    paused: boolean;
                  }[];
                };
                rating: {
                  /** Format: uuid */
                  ticketId: string;
                  rating: ('good' | 'bad') | null;
                  comment: string | null;
                  ratedAt: string | null;
                } | null;
                presence: {
                  user: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                  };
                  /** @enum {string} */
                  state: 'viewing' | 'replying';
                  /** @description ISO 8601 UTC timestamp */
                  expiresAt: string;
                }[];
                version: number;
                abilities: {
                  view: boolean;
                  reply: boolean;
                  addNote: boolean;
                  update: boolean;
                  assign: boolean;
                  setStatus: boolean;
                  setPriority: boolean;
                  merge: boolean;
                  rate: boolean;
                  reopen: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Open a ticket with its first message */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            /** @description Markdown; at most 20,000 characters */
            body: string;
            /** Format: uuid */
            accountId?: string;
            /** Format: uuid */
            requesterId?: string;
            ccUserIds?: string[];
            customFields?: {
              [key: string]: string | number | null;
            };
            attachmentIds?: string[];
            /** Format: uuid */
            formSessionId?: string;
            /** @enum {string} */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            assigneeId?: string | null;
            groupId?: string | null;
            tags?: string[];
            /** @enum {string} */
            status?: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: number;
              subject: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              segmentId: string;
              requester: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              ccs: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              /** @enum {string} */
              status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              group: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              tags: string[];
              customFields: {
                [key: string]: string | number | null;
              };
              /** @enum {string} */
              channel: 'web' | 'email' | 'api';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              solvedAt: string | null;
              closedAt: string | null;
              mergedIntoTicketId: string | null;
              lastMessagePreview: string | null;
              unreadCount: number;
              sla: {
                policyId: string | null;
                dueAt: string | null;
                targets: {
                  /** @enum {string} */
                  metric: 'first_response' | 'next_response' | 'resolution';
                  targetMinutes: number | null;
                  dueAt: string | null;
                  breached: boolean;
                  metAt: string | null;
                  paused: boolean;
                }[];
              };
              rating: {
                /** Format: uuid */
                ticketId: string;
                rating: ('good' | 'bad') | null;
                comment: string | null;
                ratedAt: string | null;
              } | null;
              presence: {
                user: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                };
                /** @enum {string} */
                state: 'viewing' | 'replying';
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              }[];
              version: number;
              abilities: {
                view: boolean;
                reply: boolean;
                addNote: boolean;
                update: boolean;
                assign: boolean;
                setStatus: boolean;
                setPriority: boolean;
                merge: boolean;
                rate: boolean;
                reopen: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tickets per status for the same filters (capped) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
          assignee?: string | ('me' | 'none');
          groupId?: string | 'none';
          segmentId?: string;
          accountId?: string;
          requesterId?: string;
          priority?: ('low' | 'normal' | 'high' | 'urgent')[];
          tag?: string;
          sla?: 'due_soon' | 'breached';
          q?: string;
          sort?: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              total: number;
              capped: boolean;
              byStatus: {
                [key: string]: number;
              };
              cap: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The queue as CSV (same filters, up to 50,000 rows) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
          assignee?: string | ('me' | 'none');
          groupId?: string | 'none';
          segmentId?: string;
          accountId?: string;
          requesterId?: string;
          priority?: ('low' | 'normal' | 'high' | 'urgent')[];
          tag?: string;
          sla?: 'due_soon' | 'breached';
          q?: string;
          sort?: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a file for a new ticket's description (raw body); send its id in CreateTicket.attachmentIds */
    post: {
      parameters: {
        query: {
          name: string;
          accountId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              contentType: string;
              size: number;
              downloadUrl: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** One change to up to 100 tickets, each authorized on its own */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            ticketIds: string[];
            assigneeId?: string | null;
            groupId?: string | null;
            /** @enum {string} */
            status?: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
            /** @enum {string} */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            addTags?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                ok: boolean;
                code: string | null;
                ticket: {
                  /** Format: uuid */
                  id: string;
                  number: number;
                  subject: string;
                  /** Format: uuid */
                  accountId: string;
                  accountName: string;
                  /** Format: uuid */
                  segmentId: string;
                  requester: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                  } | null;
                  ccs: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                  }[];
                  /** @enum {string} */
                  status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
                  /** @enum {string} */
                  priority: 'low' | 'normal' | 'high' | 'urgent';
                  assignee: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                  } | null;
                  group: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                  } | null;
                  tags: string[];
                  customFields: {
                    [key: string]: string | number | null;
                  };
                  /** @enum {string} */
                  channel: 'web' | 'email' | 'api';
                  /** @description ISO 8601 UTC timestamp */
                  createdAt: string;
                  /** @description ISO 8601 UTC timestamp */
                  updatedAt: string;
                  solvedAt: string | null;
                  closedAt: string | null;
                  mergedIntoTicketId: string | null;
                  lastMessagePreview: string | null;
                  unreadCount: number;
                  sla: {
                    policyId: string | null;
                    dueAt: string | null;
                    targets: {
                      /** @enum {string} */
                      metric: 'first_response' | 'next_response' | 'resolution';
                      targetMinutes: number | null;
                      dueAt: string | null;
                      breached: boolean;
                      metAt: string | null;
                      paused: boolean;
                    }[];
                  };
                  rating: {
                    /** Format: uuid */
                    ticketId: string;
                    rating: ('good' | 'bad') | null;
                    comment: string | null;
                    ratedAt: string | null;
                  } | null;
                  presence: {
                    user: {
                      /** Format: uuid */
                      id: string;
                      name: string;
                      isStaff: boolean;
                    };
                    /** @enum {string} */
                    state: 'viewing' | 'replying';
                    /** @description ISO 8601 UTC timestamp */
                    expiresAt: string;
                  }[];
                  version: number;
                  abilities: {
                    view: boolean;
                    reply: boolean;
                    addNote: boolean;
                    update: boolean;
                    assign: boolean;
                    setStatus: boolean;
                    setPriority: boolean;
                    merge: boolean;
                    rate: boolean;
                    reopen: boolean;
                  };
                } | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One ticket */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: number;
              subject: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              segmentId: string;
              requester: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              ccs: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              /** @enum {string} */
              status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              group: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              tags: string[];
              customFields: {
                [key: string]: string | number | null;
              };
              /** @enum {string} */
              channel: 'web' | 'email' | 'api';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              solvedAt: string | null;
              closedAt: string | null;
              mergedIntoTicketId: string | null;
              lastMessagePreview: string | null;
              unreadCount: number;
              sla: {
                policyId: string | null;
                dueAt: string | null;
                targets: {
                  /** @enum {string} */
                  metric: 'first_response' | 'next_response' | 'resolution';
                  targetMinutes: number | null;
                  dueAt: string | null;
                  breached: boolean;
                  metAt: string | null;
                  paused: boolean;
                }[];
              };
              rating: {
                /** Format: uuid */
                ticketId: string;
                rating: ('good' | 'bad') | null;
                comment: string | null;
                ratedAt: string | null;
              } | null;
              presence: {
                user: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                };
                /** @enum {string} */
                state: 'viewing' | 'replying';
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              }[];
              version: number;
              abilities: {
                view: boolean;
                reply: boolean;
                addNote: boolean;
                update: boolean;
                assign: boolean;
                setStatus: boolean;
                setPriority: boolean;
                merge: boolean;
                rate: boolean;
                reopen: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a ticket (If-Match: version); customers: subject, CCs, their fields, mark solved */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject?: string;
            /** @enum {string} */
            status?: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
            /** @enum {string} */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            assigneeId?: string | null;
            groupId?: string | null;
            tags?: string[];
            ccUserIds?: string[];
            customFields?: {
              [key: string]: string | number | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: number;
              subject: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              segmentId: string;
              requester: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              ccs: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              /** @enum {string} */
              status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              group: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              tags: string[];
              customFields: {
                [key: string]: string | number | null;
              };
              /** @enum {string} */
              channel: 'web' | 'email' | 'api';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              solvedAt: string | null;
              closedAt: string | null;
              mergedIntoTicketId: string | null;
              lastMessagePreview: string | null;
              unreadCount: number;
              sla: {
                policyId: string | null;
                dueAt: string | null;
                targets: {
                  /** @enum {string} */
                  metric: 'first_response' | 'next_response' | 'resolution';
                  targetMinutes: number | null;
                  dueAt: string | null;
                  breached: boolean;
                  metAt: string | null;
                  paused: boolean;
                }[];
              };
              rating: {
                /** Format: uuid */
                ticketId: string;
                rating: ('good' | 'bad') | null;
                comment: string | null;
                ratedAt: string | null;
              } | null;
              presence: {
                user: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                };
                /** @enum {string} */
                state: 'viewing' | 'replying';
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              }[];
              version: number;
              abilities: {
                view: boolean;
                reply: boolean;
                addNote: boolean;
                update: boolean;
                assign: boolean;
                setStatus: boolean;
                setPriority: boolean;
                merge: boolean;
                rate: boolean;
                reopen: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages, newest first (notes for staff only) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                threadId: string;
                /** Format: uuid */
                accountId: string;
                author: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                } | null;
                body: string;
                bodyHtml: string;
                internal: boolean;
                /** @enum {string} */
                source: 'web' | 'email';
                quotedMessageId: string | null;
                quotedPreview: string | null;
                mentions: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                }[];
                attachments: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  contentType: string;
                  size: number;
                  downloadUrl: string;
                }[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                editedAt: string | null;
                deletedAt: string | null;
                seenBy:
                  | {
                      /** Format: uuid */
                      id: string;
                      name: string;
                      isStaff: boolean;
                      /** @description ISO 8601 UTC timestamp */
                      seenAt: string;
                    }[]
                  | null;
                abilities: {
                  edit: boolean;
                  delete: boolean;
                  quote: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Reply (staff: or a note, and set the status) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Markdown, at most 20,000 characters (413 beyond) */
            body: string;
            internal?: boolean;
            attachmentIds?: string[];
            /** @enum {string} */
            status?: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              threadId: string;
              /** Format: uuid */
              accountId: string;
              author: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              body: string;
              bodyHtml: string;
              internal: boolean;
              /** @enum {string} */
              source: 'web' | 'email';
              quotedMessageId: string | null;
              quotedPreview: string | null;
              mentions: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              attachments: {
                /** Format: uuid */
                id: string;
                name: string;
                contentType: string;
                size: number;
                downloadUrl: string;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              editedAt: string | null;
              deletedAt: string | null;
              seenBy:
                | {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    isStaff: boolean;
                    /** @description ISO 8601 UTC timestamp */
                    seenAt: string;
                  }[]
                | null;
              abilities: {
                edit: boolean;
                delete: boolean;
                quote: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed which field, newest first (staff) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                ticketId: string;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                actor: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                changes: (
                  | {
                      /** @enum {string} */
                      field: 'status';
                      /** @enum {string} */
                      from: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
                      /** @enum {string} */
                      to: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
                    }
                  | {
                      /** @enum {string} */
                      field: 'priority';
                      /** @enum {string} */
                      from: 'low' | 'normal' | 'high' | 'urgent';
                      /** @enum {string} */
                      to: 'low' | 'normal' | 'high' | 'urgent';
                    }
                  | {
                      /** @enum {string} */
                      field: 'assignee';
                      from: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      } | null;
                      to: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      } | null;
                    }
                  | {
                      /** @enum {string} */
                      field: 'group';
                      from: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      } | null;
                      to: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      } | null;
                    }
                  | {
                      /** @enum {string} */
                      field: 'tags';
                      from: string[];
                      to: string[];
                    }
                  | {
                      /** @enum {string} */
                      field: 'customField';
                      customField: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      };
                      from: string | number | null;
                      to: string | number | null;
                    }
                  | {
                      /** @enum {string} */
                      field: 'subject';
                      from: string;
                      to: string;
                    }
                  | {
                      /** @enum {string} */
                      field: 'ccs';
                      from: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      }[];
                      to: {
                        /** Format: uuid */
                        id: string;
                        name: string | null;
                      }[];
                    }
                  | {
                      /** @enum {string} */
                      field: 'mergedInto';
                      from: {
                        /** Format: uuid */
                        id: string;
                        number: number | null;
                      } | null;
                      to: {
                        /** Format: uuid */
                        id: string;
                        number: number | null;
                      } | null;
                    }
                )[];
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge this ticket into another of the same account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            intoTicketId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: number;
              subject: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              segmentId: string;
              requester: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              ccs: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              /** @enum {string} */
              status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              group: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              tags: string[];
              customFields: {
                [key: string]: string | number | null;
              };
              /** @enum {string} */
              channel: 'web' | 'email' | 'api';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              solvedAt: string | null;
              closedAt: string | null;
              mergedIntoTicketId: string | null;
              lastMessagePreview: string | null;
              unreadCount: number;
              sla: {
                policyId: string | null;
                dueAt: string | null;
                targets: {
                  /** @enum {string} */
                  metric: 'first_response' | 'next_response' | 'resolution';
                  targetMinutes: number | null;
                  dueAt: string | null;
                  breached: boolean;
                  metAt: string | null;
                  paused: boolean;
                }[];
              };
              rating: {
                /** Format: uuid */
                ticketId: string;
                rating: ('good' | 'bad') | null;
                comment: string | null;
                ratedAt: string | null;
              } | null;
              presence: {
                user: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                };
                /** @enum {string} */
                state: 'viewing' | 'replying';
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              }[];
              version: number;
              abilities: {
                view: boolean;
                reply: boolean;
                addNote: boolean;
                update: boolean;
                assign: boolean;
                setStatus: boolean;
                setPriority: boolean;
                merge: boolean;
                rate: boolean;
                reopen: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}/presence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Heartbeat: viewing or replying (45 s), or left */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            state: 'viewing' | 'replying' | 'left';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                user: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                };
                /** @enum {string} */
                state: 'viewing' | 'replying';
                /** @description ISO 8601 UTC timestamp */
                expiresAt: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shared views and your own */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                shared: boolean;
                filters: {
                  status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
                  assignee?: string | ('me' | 'none');
                  groupId?: string | 'none';
                  /** Format: uuid */
                  segmentId?: string;
                  /** Format: uuid */
                  accountId?: string;
                  /** Format: uuid */
                  requesterId?: string;
                  priority?: ('low' | 'normal' | 'high' | 'urgent')[];
                  tag?: string;
                  /** @enum {string} */
                  sla?: 'due_soon' | 'breached';
                  q?: string;
                  /**
                   * @default updated_desc
                   * @enum {string}
                   */
                  sort: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
                };
                position: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Save a view (shared: staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default false */
            shared?: boolean;
            filters: {
              status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
              assignee?: string | ('me' | 'none');
              groupId?: string | 'none';
              /** Format: uuid */
              segmentId?: string;
              /** Format: uuid */
              accountId?: string;
              /** Format: uuid */
              requesterId?: string;
              priority?: ('low' | 'normal' | 'high' | 'urgent')[];
              tag?: string;
              /** @enum {string} */
              sla?: 'due_soon' | 'breached';
              q?: string;
              /**
               * @default updated_desc
               * @enum {string}
               */
              sort?: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
            };
            /** @default 0 */
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              shared: boolean;
              filters: {
                status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
                assignee?: string | ('me' | 'none');
                groupId?: string | 'none';
                /** Format: uuid */
                segmentId?: string;
                /** Format: uuid */
                accountId?: string;
                /** Format: uuid */
                requesterId?: string;
                priority?: ('low' | 'normal' | 'high' | 'urgent')[];
                tag?: string;
                /** @enum {string} */
                sla?: 'due_soon' | 'breached';
                q?: string;
                /**
                 * @default updated_desc
                 * @enum {string}
                 */
                sort: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
              };
              position: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-views/{viewId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a view */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          viewId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a view */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          viewId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            shared?: boolean;
            filters?: {
              status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
              assignee?: string | ('me' | 'none');
              groupId?: string | 'none';
              /** Format: uuid */
              segmentId?: string;
              /** Format: uuid */
              accountId?: string;
              /** Format: uuid */
              requesterId?: string;
              priority?: ('low' | 'normal' | 'high' | 'urgent')[];
              tag?: string;
              /** @enum {string} */
              sla?: 'due_soon' | 'breached';
              q?: string;
              /**
               * @default updated_desc
               * @enum {string}
               */
              sort?: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
            };
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              shared: boolean;
              filters: {
                status?: ('new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed')[];
                assignee?: string | ('me' | 'none');
                groupId?: string | 'none';
                /** Format: uuid */
                segmentId?: string;
                /** Format: uuid */
                accountId?: string;
                /** Format: uuid */
                requesterId?: string;
                priority?: ('low' | 'normal' | 'high' | 'urgent')[];
                tag?: string;
                /** @enum {string} */
                sla?: 'due_soon' | 'breached';
                q?: string;
                /**
                 * @default updated_desc
                 * @enum {string}
                 */
                sort: 'updated_desc' | 'updated_asc' | 'due_asc' | 'created_desc' | 'priority_desc';
              };
              position: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/canned-replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shared canned replies and your own */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                title: string;
                body: string;
                shared: boolean;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add a canned reply (shared: staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            body: string;
            /** @default true */
            shared?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              title: string;
              body: string;
              shared: boolean;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/canned-replies/{cannedReplyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a canned reply */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          cannedReplyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a canned reply */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          cannedReplyId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            body?: string;
            shared?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              title: string;
              body: string;
              shared: boolean;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}/canned-replies/{cannedReplyId}/render': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The reply with placeholders filled for this ticket */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          cannedReplyId: string;
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              body: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Groups of agents */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                members: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  isStaff: boolean;
                }[];
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add a group (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default [] */
            memberIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              members: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a group (its tickets become ungrouped) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Rename or change members (staff admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          groupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            memberIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              members: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              }[];
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/ticket-fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Custom fields of a segment (customers: the visible ones of their own) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                segmentId: string;
                label: string;
                /** @enum {string} */
                type: 'text' | 'number' | 'date' | 'select';
                options: string[];
                required: boolean;
                customerVisible: boolean;
                position: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add a custom field (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
            /** @enum {string} */
            type: 'text' | 'number' | 'date' | 'select';
            /** @default [] */
            options?: string[];
            /** @default false */
            required?: boolean;
            /** @default true */
            customerVisible?: boolean;
            /** @default 0 */
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              label: string;
              /** @enum {string} */
              type: 'text' | 'number' | 'date' | 'select';
              options: string[];
              required: boolean;
              customerVisible: boolean;
              position: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-fields/{fieldId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Retire a custom field (stored values stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fieldId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a custom field (staff admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          fieldId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label?: string;
            options?: string[];
            required?: boolean;
            customerVisible?: boolean;
            position?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              label: string;
              /** @enum {string} */
              type: 'text' | 'number' | 'date' | 'select';
              options: string[];
              required: boolean;
              customerVisible: boolean;
              position: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/ticket-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Auto-close, reopen window, email intake */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              autoCloseDays: number;
              reopenDays: number;
              emailSegmentId: string | null;
              supportAddress: string | null;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change them (staff admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            autoCloseDays?: number;
            reopenDays?: number;
            emailSegmentId?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              autoCloseDays: number;
              reopenDays: number;
              emailSegmentId: string | null;
              supportAddress: string | null;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/ticket-ratings/by-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rate a solved ticket with the token from the CSAT email
     * @description POST only, so link scanners cannot rate. Rating again within 7 days of the request replaces the answer; after that 410 `rating_expired`. Unknown token: 404.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            rating: 'good' | 'bad';
            comment?: string;
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              ticketId: string;
              rating: ('good' | 'bad') | null;
              comment: string | null;
              ratedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tickets/{ticketId}/rating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The requester rates their latest solved request in the portal
     * @description Not visible: 404. Not the requester: 403. Not solved (no request yet, or reopened): 409 `not_solved`. After 7 days: 410 `rating_expired`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            rating: 'good' | 'bad';
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              ticketId: string;
              rating: ('good' | 'bad') | null;
              comment: string | null;
              ratedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deflection/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a help-center visit (one per key; repeats are no-ops)
     * @description Signed-in visitors are recorded with their user and segment. Counts towards the support report’s helpSessions.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            kind: 'help_session';
            key: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-form-sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a ticket form session (a customer opened the new-ticket form) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/ticket-form-sessions/{sessionId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Report what happened in the ticket form: suggestions shown, a suggestion opened, or leaving
     * @description Owner only (else 404). Leaving ends the session as deflected when a suggested article was opened, else abandoned.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                kind: 'suggestions_shown';
                query: string;
                count: number;
              }
            | {
                /** @enum {string} */
                kind: 'suggestion_opened';
                /** Format: uuid */
                articleId: string;
              }
            | {
                /** @enum {string} */
                kind: 'left';
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/support-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Support dashboard: volume, deflection, response and resolution medians, SLA compliance, CSAT
     * @description Period: whole UTC days [from, to], default the last 30 days; series buckets of a day or a week from `from`.
     *     tickets = tickets created in the period. formSessions = ticket form sessions opened in the period; deflected = those ending `deflected`.
     *     deflectionRate = deflected / (deflected + form sessions ending `ticket_created`).
     *     helpSessions = help-center sessions started in the period; selfServiceScore = helpSessions / tickets.
     *     firstResponseMedianMinutes = median(first_response_at − created_at) over tickets created in the period.
     *     resolutionMedianMinutes = median(solved_at − created_at) over tickets solved in the period.
     *     slaCompliance = SLA targets met in time / all targets judged in the period (running targets already past due count as breached).
     *     csatGood/csatBad = ratings given in the period; csatScore = good / (good + bad); csatByAgent/csatByGroup by assignee/group at solve time (id null = unassigned).
     *     Ratios are null when there is nothing to divide by. Limited agents see only their assigned accounts’ figures.
     */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          segmentId?: string;
          interval?: 'day' | 'week';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description ISO 8601 UTC timestamp */
              from: string;
              /** @description ISO 8601 UTC timestamp */
              to: string;
              totals: {
                tickets: number;
                formSessions: number;
                deflected: number;
                deflectionRate: number | null;
                helpSessions: number;
                selfServiceScore: number | null;
                firstResponseMedianMinutes: number | null;
                resolutionMedianMinutes: number | null;
                slaCompliance: number | null;
                csatGood: number;
                csatBad: number;
                csatScore: number | null;
              };
              series: {
                /** @description ISO 8601 UTC timestamp */
                start: string;
                tickets: number;
                deflected: number;
                helpSessions: number;
                firstResponseMedianMinutes: number | null;
                resolutionMedianMinutes: number | null;
                slaCompliance: number | null;
                csatScore: number | null;
              }[];
              csatByAgent: {
                id: string | null;
                name: string;
                good: number;
                bad: number;
              }[];
              csatByGroup: {
                id: string | null;
                name: string;
                good: number;
                bad: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/tax-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tax rates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                rate: number;
                inclusive: boolean;
                compound: boolean;
                archived: boolean;
                version: number;
                abilities: {
                  update: boolean;
                  archive: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a tax rate (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            rate: number;
            /** @default false */
            inclusive?: boolean;
            /** @default false */
            compound?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              rate: number;
              inclusive: boolean;
              compound: boolean;
              archived: boolean;
              version: number;
              abilities: {
                update: boolean;
                archive: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/tax-rates/{taxRateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename or archive a tax rate (admins; If-Match: version). A new figure is a new rate */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taxRateId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              rate: number;
              inclusive: boolean;
              compound: boolean;
              archived: boolean;
              version: number;
              abilities: {
                update: boolean;
                archive: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/billing/payment-terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment terms */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                days: number;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create payment terms (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            days: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              days: number;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/payment-terms/{paymentTermId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete payment terms (admins) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          paymentTermId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change payment terms (admins; If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          paymentTermId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            days?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              days: number;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/billing/number-series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Number series of quotes, invoices, credit notes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                prefix: string;
                yearlyReset: boolean;
                padding: number;
                example: string;
                version: number;
                abilities: {
                  update: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/number-series/{seriesKind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a number series (admins; If-Match: version); applies to the next number */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          seriesKind: 'invoice' | 'quote' | 'credit_note';
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            prefix?: string;
            yearlyReset?: boolean;
            padding?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              prefix: string;
              yearlyReset: boolean;
              padding: number;
              example: string;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/billing/receivables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts receivable: open and overdue balance per account and currency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                currency: string;
                outstanding: {
                  amount: number;
                  currency: string;
                };
                overdue: {
                  amount: number;
                  currency: string;
                };
                openInvoices: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's billing profile */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              legalName: string;
              address: string;
              taxId: string;
              contacts: string[];
              currency: string;
              language: string;
              paymentTermsId: string | null;
              autoApplyCredit: boolean;
              autoCharge: boolean;
              configured: boolean;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    /** Set the account's billing profile (admins; If-Match: version once it exists) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            legalName: string;
            /** @default  */
            address?: string;
            /** @default  */
            taxId?: string;
            /** @default [] */
            contacts?: string[];
            /** @enum {string} */
            currency:
              | 'AED'
              | 'AUD'
              | 'BRL'
              | 'CAD'
              | 'CHF'
              | 'CNY'
              | 'CZK'
              | 'DKK'
              | 'EUR'
              | 'GBP'
              | 'HKD'
              | 'HUF'
              | 'ILS'
              | 'INR'
              | 'MXN'
              | 'NOK'
              | 'NZD'
              | 'PLN'
              | 'RON'
              | 'SEK'
              | 'SGD'
              | 'TRY'
              | 'USD'
              | 'ZAR'
              | 'BIF'
              | 'CLP'
              | 'DJF'
              | 'GNF'
              | 'ISK'
              | 'JPY'
              | 'KMF'
              | 'KRW'
              | 'PYG'
              | 'RWF'
              | 'UGX'
              | 'VND'
              | 'VUV'
              | 'XAF'
              | 'XOF'
              | 'XPF'
              | 'BHD'
              | 'IQD'
              | 'JOD'
              | 'KWD'
              | 'LYD'
              | 'OMR'
              | 'TND';
            /**
             * @default en
             * @enum {string}
             */
            language?: 'en' | 'fr' | 'de';
            /** @default null */
            paymentTermsId?: string | null;
            autoApplyCredit?: boolean;
            autoCharge?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              legalName: string;
              address: string;
              taxId: string;
              contacts: string[];
              currency: string;
              language: string;
              paymentTermsId: string | null;
              autoApplyCredit: boolean;
              autoCharge: boolean;
              configured: boolean;
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/credit-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft a credit note against a sent invoice (full or partial; staff admins). Numbered at send */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            mode: 'full' | 'partial';
            lines?: {
              description: string;
              quantity: number;
              unitPrice: number;
              discount?:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              /** @default [] */
              taxRateIds?: string[];
            }[];
            /** @default  */
            notes?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/reissue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void a sent invoice and make a new draft with its lines that replaces it (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Totals of the document list under the same filters, per currency */
    get: {
      parameters: {
        query?: {
          kind?: 'invoice' | 'quote' | 'credit_note';
          status?: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
          accountId?: string;
          overdue?: 'true' | 'false';
          dueFrom?: string;
          dueTo?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                currency: string;
                count: number;
                total: {
                  amount: number;
                  currency: string;
                };
                balance: {
                  amount: number;
                  currency: string;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/aging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts receivable aging: open balance per account and currency (current, 1-30 … 90+ days) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: string;
              items: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                currency: string;
                current: {
                  amount: number;
                  currency: string;
                };
                days1to30: {
                  amount: number;
                  currency: string;
                };
                days31to60: {
                  amount: number;
                  currency: string;
                };
                days61to90: {
                  amount: number;
                  currency: string;
                };
                days90plus: {
                  amount: number;
                  currency: string;
                };
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-statement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statement of account per currency: opening balance, invoices, credit notes, payments, closing */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              accountName: string;
              from: string | null;
              to: string;
              currencies: {
                currency: string;
                opening: {
                  amount: number;
                  currency: string;
                };
                closing: {
                  amount: number;
                  currency: string;
                };
                entries: {
                  date: string;
                  /** @enum {string} */
                  type: 'invoice' | 'credit_note' | 'payment';
                  /** Format: uuid */
                  documentId: string;
                  number: string | null;
                  reference: string;
                  debit: {
                    amount: number;
                    currency: string;
                  };
                  credit: {
                    amount: number;
                    currency: string;
                  };
                  balance: {
                    amount: number;
                    currency: string;
                  };
                }[];
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-statement.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The statement of account as CSV (same figures) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-statement.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The statement of account as PDF (same figures) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/reminder-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment reminder schedule */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enabled: boolean;
              steps: number[];
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the payment reminder schedule (admins; If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            enabled?: boolean;
            steps?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              enabled: boolean;
              steps: number[];
              version: number;
              abilities: {
                update: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/billing/exports/invoices.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** CSV of invoices for accountants (QuickBooks/Xero columns; from/to dates) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/exports/payments.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** CSV of payments for accountants (QuickBooks/Xero columns; from/to dates) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/exports/credit-notes.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** CSV of credit notes for accountants (QuickBooks/Xero columns; from/to dates) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-checkouts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pay open invoices online: a Stripe Checkout Session for their balances (409 without Stripe) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              /** @enum {string} */
              status: 'open' | 'completed' | 'expired' | 'failed';
              amount: {
                amount: number;
                currency: string;
              };
              amountReceived: {
                amount: number;
                currency: string;
              } | null;
              documentIds: string[];
              url: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              completedAt: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-checkouts/{checkoutId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A checkout: open until Stripe confirms the payment through the webhook */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          checkoutId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              /** @enum {string} */
              status: 'open' | 'completed' | 'expired' | 'failed';
              amount: {
                amount: number;
                currency: string;
              };
              amountReceived: {
                amount: number;
                currency: string;
              } | null;
              documentIds: string[];
              url: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              completedAt: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-credit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's credit per currency (overpayments) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                amount: number;
                currency: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/credit-applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Spend the account's credit on a sent invoice (owners and admins; at most its balance and the credit) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/credit-applications/{paymentId}/reversal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Undo a credit application (owners and admins): the invoice reopens for it, the credit returns; a repeat changes nothing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/payments/{paymentId}/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refund an online payment, in full or in part, through Stripe (owners and admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount?: number;
            /** @default  */
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              paymentId: string;
              amount: {
                amount: number;
                currency: string;
              };
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed';
              reason: string;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/stripe-webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stripe webhook (signed events: checkout completed, failed, expired) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              received: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/card-payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Paying an invoice with the saved card: the card, and whether an automatic charge awaits 3-D Secure */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              card: {
                brand: string;
                last4: string;
              } | null;
              awaitingAuthentication: boolean;
              abilities: {
                pay: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/card-payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pay an invoice with the saved card (the account’s people); requires_action sends the browser to the bank’s 3-D Secure challenge */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              checkoutId: string;
              /** Format: uuid */
              accountId: string;
              /** @enum {string} */
              status: 'succeeded' | 'processing' | 'requires_action' | 'failed';
              redirectUrl: string | null;
              declineCode: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-payment-methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's saved cards (brand, last 4 digits, expiry); the newest is charged automatically */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                brand: string;
                last4: string;
                expMonth: number;
                expYear: number;
                usedForAutoCharge: boolean;
                /** @enum {string} */
                expiry: 'valid' | 'expiring' | 'expired';
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  remove: boolean;
                  makeDefault: boolean;
                  replace: boolean;
                };
              }[];
              canSave: boolean;
              autoCharge: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-payment-methods/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save a card: a Stripe Checkout Session in setup mode (the account’s people; 409 without Stripe) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              url: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-payment-methods/{paymentMethodId}/default': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose the saved card charged automatically (it stays chosen until another card is saved or chosen) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          paymentMethodId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                brand: string;
                last4: string;
                expMonth: number;
                expYear: number;
                usedForAutoCharge: boolean;
                /** @enum {string} */
                expiry: 'valid' | 'expiring' | 'expired';
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  remove: boolean;
                  makeDefault: boolean;
                  replace: boolean;
                };
              }[];
              canSave: boolean;
              autoCharge: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-payment-methods/{paymentMethodId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a saved card (detached at Stripe: it is never charged again) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          paymentMethodId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Products and services (filter: archived) */
    get: {
      parameters: {
        query?: {
          archived?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string;
                prices: {
                  amount: number;
                  currency: string;
                }[];
                taxRateId: string | null;
                /** @enum {string} */
                kind: 'one_off' | 'recurring';
                interval: {
                  /** @enum {string} */
                  unit: 'week' | 'month' | 'year';
                  every: number;
                  count: number | null;
                } | null;
                archived: boolean;
                version: number;
                abilities: {
                  update: boolean;
                  archive: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Add a product or service (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default  */
            description?: string;
            prices: {
              /** @enum {string} */
              currency:
                | 'AED'
                | 'AUD'
                | 'BRL'
                | 'CAD'
                | 'CHF'
                | 'CNY'
                | 'CZK'
                | 'DKK'
                | 'EUR'
                | 'GBP'
                | 'HKD'
                | 'HUF'
                | 'ILS'
                | 'INR'
                | 'MXN'
                | 'NOK'
                | 'NZD'
                | 'PLN'
                | 'RON'
                | 'SEK'
                | 'SGD'
                | 'TRY'
                | 'USD'
                | 'ZAR'
                | 'BIF'
                | 'CLP'
                | 'DJF'
                | 'GNF'
                | 'ISK'
                | 'JPY'
                | 'KMF'
                | 'KRW'
                | 'PYG'
                | 'RWF'
                | 'UGX'
                | 'VND'
                | 'VUV'
                | 'XAF'
                | 'XOF'
                | 'XPF'
                | 'BHD'
                | 'IQD'
                | 'JOD'
                | 'KWD'
                | 'LYD'
                | 'OMR'
                | 'TND';
              amount: number;
            }[];
            /** @default null */
            taxRateId?: string | null;
            /** @enum {string} */
            kind: 'one_off' | 'recurring';
            /** @default null */
            interval?: {
              /** @enum {string} */
              unit: 'week' | 'month' | 'year';
              every: number;
              /** @default null */
              count?: number | null;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              prices: {
                amount: number;
                currency: string;
              }[];
              taxRateId: string | null;
              /** @enum {string} */
              kind: 'one_off' | 'recurring';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                count: number | null;
              } | null;
              archived: boolean;
              version: number;
              abilities: {
                update: boolean;
                archive: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing/catalog/{catalogItemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change or archive a product or service (admins; If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          catalogItemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            prices?: {
              /** @enum {string} */
              currency:
                | 'AED'
                | 'AUD'
                | 'BRL'
                | 'CAD'
                | 'CHF'
                | 'CNY'
                | 'CZK'
                | 'DKK'
                | 'EUR'
                | 'GBP'
                | 'HKD'
                | 'HUF'
                | 'ILS'
                | 'INR'
                | 'MXN'
                | 'NOK'
                | 'NZD'
                | 'PLN'
                | 'RON'
                | 'SEK'
                | 'SGD'
                | 'TRY'
                | 'USD'
                | 'ZAR'
                | 'BIF'
                | 'CLP'
                | 'DJF'
                | 'GNF'
                | 'ISK'
                | 'JPY'
                | 'KMF'
                | 'KRW'
                | 'PYG'
                | 'RWF'
                | 'UGX'
                | 'VND'
                | 'VUV'
                | 'XAF'
                | 'XOF'
                | 'XPF'
                | 'BHD'
                | 'IQD'
                | 'JOD'
                | 'KWD'
                | 'LYD'
                | 'OMR'
                | 'TND';
              amount: number;
            }[];
            taxRateId?: string | null;
            /** @enum {string} */
            kind?: 'one_off' | 'recurring';
            interval?: {
              /** @enum {string} */
              unit: 'week' | 'month' | 'year';
              every: number;
              /** @default null */
              count?: number | null;
            } | null;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              prices: {
                amount: number;
                currency: string;
              }[];
              taxRateId: string | null;
              /** @enum {string} */
              kind: 'one_off' | 'recurring';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                count: number | null;
              } | null;
              archived: boolean;
              version: number;
              abilities: {
                update: boolean;
                archive: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/billing/recurring/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bill every subscription period due today now (admins; the same sweep the timer runs) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              billed: number;
              skipped: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subscriptions in your scope, newest first (filters: status, account) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'active' | 'paused' | 'cancelled' | 'ended';
          accountId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                name: string;
                /** @enum {string} */
                status: 'active' | 'paused' | 'cancelled' | 'ended';
                interval: {
                  /** @enum {string} */
                  unit: 'week' | 'month' | 'year';
                  every: number;
                  dayOfMonth: number | null;
                };
                startDate: string;
                endDate: string | null;
                count: number | null;
                periodsBilled: number;
                nextBillingDate: string | null;
                amount: {
                  amount: number;
                  currency: string;
                };
                autoSend: boolean;
                autoCharge: boolean;
                notes: string;
                sourceDocumentId: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  pause: boolean;
                  resume: boolean;
                  cancel: boolean;
                  changeAutoCharge: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's subscriptions (its plan) with the next billing date and amount */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'active' | 'paused' | 'cancelled' | 'ended';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                name: string;
                /** @enum {string} */
                status: 'active' | 'paused' | 'cancelled' | 'ended';
                interval: {
                  /** @enum {string} */
                  unit: 'week' | 'month' | 'year';
                  every: number;
                  dayOfMonth: number | null;
                };
                startDate: string;
                endDate: string | null;
                count: number | null;
                periodsBilled: number;
                nextBillingDate: string | null;
                amount: {
                  amount: number;
                  currency: string;
                };
                autoSend: boolean;
                autoCharge: boolean;
                notes: string;
                sourceDocumentId: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  pause: boolean;
                  resume: boolean;
                  cancel: boolean;
                  changeAutoCharge: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a subscription (recurring invoice) for the account (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            interval: {
              /** @enum {string} */
              unit: 'week' | 'month' | 'year';
              /** @default 1 */
              every?: number;
              /** @default null */
              dayOfMonth?: number | null;
            };
            /** Format: date */
            startDate: string;
            /** @default null */
            endDate?: string | null;
            /** @default null */
            count?: number | null;
            /** @default false */
            autoSend?: boolean;
            /** @default false */
            autoCharge?: boolean;
            /** @default  */
            notes?: string;
            lines: {
              /** Format: uuid */
              catalogItemId?: string;
              description?: string;
              /** @default 1 */
              quantity?: number;
              unitPrice?: number;
              /** @default [] */
              taxRateIds?: string[];
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One subscription with its lines and billed periods */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Turn automatic charge of a subscription’s invoices on or off (staff admins; from the next invoice) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            autoCharge: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-subscriptions/{subscriptionId}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pause a subscription (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-subscriptions/{subscriptionId}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume a subscription (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-subscriptions/{subscriptionId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a subscription (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          subscriptionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/subscription': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make an accepted quote a subscription: its lines billed every period (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            interval: {
              /** @enum {string} */
              unit: 'week' | 'month' | 'year';
              /** @default 1 */
              every?: number;
              /** @default null */
              dayOfMonth?: number | null;
            };
            /** Format: date */
            startDate: string;
            /** @default null */
            endDate?: string | null;
            /** @default null */
            count?: number | null;
            /** @default false */
            autoSend?: boolean;
            /** @default false */
            autoCharge?: boolean;
            /** @default  */
            notes?: string;
            linePositions?: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              /** @enum {string} */
              status: 'active' | 'paused' | 'cancelled' | 'ended';
              interval: {
                /** @enum {string} */
                unit: 'week' | 'month' | 'year';
                every: number;
                dayOfMonth: number | null;
              };
              startDate: string;
              endDate: string | null;
              count: number | null;
              periodsBilled: number;
              nextBillingDate: string | null;
              amount: {
                amount: number;
                currency: string;
              };
              autoSend: boolean;
              autoCharge: boolean;
              notes: string;
              sourceDocumentId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                pause: boolean;
                resume: boolean;
                cancel: boolean;
                changeAutoCharge: boolean;
              };
              lines: {
                catalogItemId: string | null;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
              }[];
              periods: {
                periodStart: string;
                periodEnd: string;
                documentId: string | null;
                documentNumber: string | null;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-retainers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's retainers (open first), each with its current period's burn and overage requests */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                name: string;
                /** @enum {string} */
                unit: 'hours' | 'money';
                /** @enum {string} */
                period: 'monthly' | 'prepaid';
                budgetMinutes: number | null;
                budgetAmount: {
                  amount: number;
                  currency: string;
                } | null;
                hourlyRate: {
                  amount: number;
                  currency: string;
                };
                taxRateIds: string[];
                /** Format: date */
                startsOn: string;
                endedOn: string | null;
                version: number;
                burn: {
                  /** Format: date */
                  periodStart: string;
                  /** Format: date */
                  periodEnd: string;
                  usedMinutes: number;
                  budgetMinutes: number;
                  leftMinutes: number;
                  overMinutes: number;
                  usedAmount: {
                    amount: number;
                    currency: string;
                  };
                  budgetAmount: {
                    amount: number;
                    currency: string;
                  };
                  leftAmount: {
                    amount: number;
                    currency: string;
                  };
                  unrequestedMinutes: number;
                  tasks: {
                    /** Format: uuid */
                    taskId: string;
                    title: string;
                    /** Format: uuid */
                    projectId: string;
                    projectName: string;
                    minutes: number;
                  }[];
                  otherWork: {
                    /** @enum {string} */
                    kind: 'account' | 'ticket' | 'thread';
                    /** Format: uuid */
                    id: string;
                    title: string | null;
                    minutes: number;
                  }[];
                } | null;
                overages: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  retainerId: string;
                  /** Format: date */
                  periodStart: string;
                  /** Format: date */
                  periodEnd: string;
                  minutes: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                  /** @enum {string} */
                  status: 'pending' | 'approved' | 'declined';
                  taxRateIds: string[];
                  /** @description ISO 8601 UTC timestamp */
                  requestedAt: string;
                  decided: {
                    by: string;
                    /** @description ISO 8601 UTC timestamp */
                    at: string;
                    comment: string;
                  } | null;
                  invoice: {
                    /** Format: uuid */
                    id: string;
                    number: string | null;
                  } | null;
                  abilities: {
                    approve: boolean;
                    decline: boolean;
                  };
                }[];
                abilities: {
                  update: boolean;
                  end: boolean;
                  requestOverage: boolean;
                };
              }[];
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Set up a retainer (owners and admins; one open retainer per account, else 409 retainer_exists) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            unit: 'hours' | 'money';
            /** @enum {string} */
            period: 'monthly' | 'prepaid';
            budgetMinutes: number | null;
            budgetAmount: number | null;
            hourlyRate: number;
            /** Format: date */
            startsOn: string;
            taxRateIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-retainers/{retainerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One retainer with its burn */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          retainerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an open retainer’s name, budget or rate (If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          retainerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            budgetMinutes?: number | null;
            budgetAmount?: number | null;
            hourlyRate?: number;
            taxRateIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-retainers/{retainerId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a retainer today (its later time no longer counts) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          retainerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-retainers/{retainerId}/overages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the client to approve the overage not yet asked (409 no_overage, 409 overage_pending) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          retainerId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-retainers/{retainerId}/overages/{overageId}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve overage (the account's admins; 409 already_decided) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          retainerId: string;
          overageId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-retainers/{retainerId}/overages/{overageId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline overage (the account's admins; 409 already_decided) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          retainerId: string;
          overageId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              name: string;
              /** @enum {string} */
              unit: 'hours' | 'money';
              /** @enum {string} */
              period: 'monthly' | 'prepaid';
              budgetMinutes: number | null;
              budgetAmount: {
                amount: number;
                currency: string;
              } | null;
              hourlyRate: {
                amount: number;
                currency: string;
              };
              taxRateIds: string[];
              /** Format: date */
              startsOn: string;
              endedOn: string | null;
              version: number;
              burn: {
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                usedMinutes: number;
                budgetMinutes: number;
                leftMinutes: number;
                overMinutes: number;
                usedAmount: {
                  amount: number;
                  currency: string;
                };
                budgetAmount: {
                  amount: number;
                  currency: string;
                };
                leftAmount: {
                  amount: number;
                  currency: string;
                };
                unrequestedMinutes: number;
                tasks: {
                  /** Format: uuid */
                  taskId: string;
                  title: string;
                  /** Format: uuid */
                  projectId: string;
                  projectName: string;
                  minutes: number;
                }[];
                otherWork: {
                  /** @enum {string} */
                  kind: 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                  minutes: number;
                }[];
              } | null;
              overages: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                retainerId: string;
                /** Format: date */
                periodStart: string;
                /** Format: date */
                periodEnd: string;
                minutes: number;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                status: 'pending' | 'approved' | 'declined';
                taxRateIds: string[];
                /** @description ISO 8601 UTC timestamp */
                requestedAt: string;
                decided: {
                  by: string;
                  /** @description ISO 8601 UTC timestamp */
                  at: string;
                  comment: string;
                } | null;
                invoice: {
                  /** Format: uuid */
                  id: string;
                  number: string | null;
                } | null;
                abilities: {
                  approve: boolean;
                  decline: boolean;
                };
              }[];
              abilities: {
                update: boolean;
                end: boolean;
                requestOverage: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Quotes, invoices and credit notes in your scope, newest first (filters: kind, status, account, overdue) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          kind?: 'invoice' | 'quote' | 'credit_note';
          status?: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
          accountId?: string;
          overdue?: 'true' | 'false';
          dueFrom?: string;
          dueTo?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
                number: string | null;
                currency: string;
                issueDate: string | null;
                dueDate: string | null;
                overdue: boolean;
                validUntil: string | null;
                expired: boolean;
                total: {
                  amount: number;
                  currency: string;
                };
                amountPaid: {
                  amount: number;
                  currency: string;
                };
                amountCredited: {
                  amount: number;
                  currency: string;
                };
                balance: {
                  amount: number;
                  currency: string;
                };
                related: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind: 'invoice' | 'quote' | 'credit_note';
                  number: string | null;
                  /** @enum {string} */
                  status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
                } | null;
                sentAt: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                  send: boolean;
                  void: boolean;
                  recordPayment: boolean;
                  accept: boolean;
                  decline: boolean;
                  downloadPdf: boolean;
                  creditNote: boolean;
                  reissue: boolean;
                  pay: boolean;
                  applyCredit: boolean;
                  invoice: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/billing-documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's quotes, invoices and credit notes (its people see sent ones only) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          kind?: 'invoice' | 'quote' | 'credit_note';
          status?: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
          overdue?: 'true' | 'false';
          dueFrom?: string;
          dueTo?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
                number: string | null;
                currency: string;
                issueDate: string | null;
                dueDate: string | null;
                overdue: boolean;
                validUntil: string | null;
                expired: boolean;
                total: {
                  amount: number;
                  currency: string;
                };
                amountPaid: {
                  amount: number;
                  currency: string;
                };
                amountCredited: {
                  amount: number;
                  currency: string;
                };
                balance: {
                  amount: number;
                  currency: string;
                };
                related: {
                  /** Format: uuid */
                  id: string;
                  /** @enum {string} */
                  kind: 'invoice' | 'quote' | 'credit_note';
                  number: string | null;
                  /** @enum {string} */
                  status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
                } | null;
                sentAt: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                  send: boolean;
                  void: boolean;
                  recordPayment: boolean;
                  accept: boolean;
                  decline: boolean;
                  downloadPdf: boolean;
                  creditNote: boolean;
                  reissue: boolean;
                  pay: boolean;
                  applyCredit: boolean;
                  invoice: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a draft quote, invoice or credit note (staff admins). Totals are computed by the server */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            notes?: string;
            dueDate?: string | null;
            validUntil?: string | null;
            paymentTermsId?: string | null;
            discount?:
              | (
                  | {
                      /** @enum {string} */
                      type: 'percent';
                      value: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'amount';
                      amount: number;
                    }
                )
              | null;
            lines: {
              description: string;
              quantity: number;
              unitPrice: number;
              discount?:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              /** @default [] */
              taxRateIds?: string[];
            }[];
            status?: unknown;
            number?: unknown;
            currency?: unknown;
            subtotal?: unknown;
            total?: unknown;
            tax?: unknown;
            amountPaid?: unknown;
            balance?: unknown;
            paid?: unknown;
            issueDate?: unknown;
            /** @enum {string} */
            kind: 'invoice' | 'quote' | 'credit_note';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One document with its lines */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a draft (If-Match: version); lines, when given, replace the list */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            notes?: string;
            dueDate?: string | null;
            validUntil?: string | null;
            paymentTermsId?: string | null;
            discount?:
              | (
                  | {
                      /** @enum {string} */
                      type: 'percent';
                      value: number;
                    }
                  | {
                      /** @enum {string} */
                      type: 'amount';
                      amount: number;
                    }
                )
              | null;
            lines?: {
              description: string;
              quantity: number;
              unitPrice: number;
              discount?:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              /** @default [] */
              taxRateIds?: string[];
            }[];
            status?: unknown;
            number?: unknown;
            currency?: unknown;
            subtotal?: unknown;
            total?: unknown;
            tax?: unknown;
            amountPaid?: unknown;
            balance?: unknown;
            paid?: unknown;
            issueDate?: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a draft: gives it its number, keeps its PDF and emails it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void a sent document without payments */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a quote (account admins): typed full name and explicit consent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            fullName: string;
            /** @enum {boolean} */
            consent: true;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/invoice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make an accepted quote a draft invoice with its lines (staff admins; once: 409 already_invoiced). Numbered at send */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline a quote (account admins), with a comment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default  */
            comment?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'invoice' | 'quote' | 'credit_note';
              /** @enum {string} */
              status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              number: string | null;
              currency: string;
              issueDate: string | null;
              dueDate: string | null;
              overdue: boolean;
              validUntil: string | null;
              expired: boolean;
              total: {
                amount: number;
                currency: string;
              };
              amountPaid: {
                amount: number;
                currency: string;
              };
              amountCredited: {
                amount: number;
                currency: string;
              };
              balance: {
                amount: number;
                currency: string;
              };
              related: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              sentAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                send: boolean;
                void: boolean;
                recordPayment: boolean;
                accept: boolean;
                decline: boolean;
                downloadPdf: boolean;
                creditNote: boolean;
                reissue: boolean;
                pay: boolean;
                applyCredit: boolean;
                invoice: boolean;
              };
              language: string;
              notes: string;
              paymentTermsId: string | null;
              discount:
                | (
                    | {
                        /** @enum {string} */
                        type: 'percent';
                        value: number;
                      }
                    | {
                        /** @enum {string} */
                        type: 'amount';
                        amount: number;
                      }
                  )
                | null;
              lines: {
                /** Format: uuid */
                id: string;
                description: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                discount:
                  | (
                      | {
                          /** @enum {string} */
                          type: 'percent';
                          value: number;
                        }
                      | {
                          /** @enum {string} */
                          type: 'amount';
                          amount: number;
                        }
                    )
                  | null;
                taxRateIds: string[];
                gross: {
                  amount: number;
                  currency: string;
                };
                discountTotal: {
                  amount: number;
                  currency: string;
                };
                net: {
                  amount: number;
                  currency: string;
                };
                taxes: {
                  /** Format: uuid */
                  taxRateId: string;
                  name: string;
                  rate: number;
                  amount: {
                    amount: number;
                    currency: string;
                  };
                }[];
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              subtotal: {
                amount: number;
                currency: string;
              };
              discountTotal: {
                amount: number;
                currency: string;
              };
              net: {
                amount: number;
                currency: string;
              };
              taxes: {
                /** Format: uuid */
                taxRateId: string;
                name: string;
                rate: number;
                amount: {
                  amount: number;
                  currency: string;
                };
              }[];
              tax: {
                amount: number;
                currency: string;
              };
              pdfSha256: string | null;
              accepted: {
                /** @description ISO 8601 UTC timestamp */
                at: string;
                name: string;
                ip: string | null;
                userAgent: string | null;
              } | null;
              billTo: {
                legalName: string;
                address: string;
                taxId: string;
              } | null;
              creditNotes: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              }[];
              replacedBy: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'invoice' | 'quote' | 'credit_note';
                number: string | null;
                /** @enum {string} */
                status: 'draft' | 'sent' | 'paid' | 'void' | 'accepted' | 'declined';
              } | null;
              creditApplied: {
                amount: number;
                currency: string;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The PDF (for a sent document: the exact file that was sent) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/billing-documents/{billingDocumentId}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments of an invoice */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                documentId: string;
                amount: {
                  amount: number;
                  currency: string;
                };
                /** @enum {string} */
                method: 'bank_transfer' | 'cheque' | 'cash' | 'card' | 'other' | 'account_credit';
                reference: string;
                receivedOn: string;
                /** @enum {string} */
                source: 'manual' | 'stripe' | 'credit';
                amountRefunded: {
                  amount: number;
                  currency: string;
                };
                reversedAt: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  refund: boolean;
                  reverse: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a manual payment (bank transfer, cheque, cash) against a sent invoice (staff admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          billingDocumentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: number;
            /** @enum {string} */
            method: 'bank_transfer' | 'cheque' | 'cash' | 'card' | 'other';
            /** @default  */
            reference?: string;
            /** Format: date */
            receivedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              documentId: string;
              amount: {
                amount: number;
                currency: string;
              };
              /** @enum {string} */
              method: 'bank_transfer' | 'cheque' | 'cash' | 'card' | 'other' | 'account_credit';
              reference: string;
              receivedOn: string;
              /** @enum {string} */
              source: 'manual' | 'stripe' | 'credit';
              amountRefunded: {
                amount: number;
                currency: string;
              };
              reversedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              abilities: {
                refund: boolean;
                reverse: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks in your scope, soonest due first; assignee=me is "my tasks" across your accounts */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: string;
          assignee?: 'me' | string;
          dueBefore?: string;
          projectId?: string;
          accountId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                projectId: string;
                projectName: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
                /** @enum {string} */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                assignee: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  staff: boolean;
                } | null;
                dueDate: string | null;
                overdue: boolean;
                blocked: boolean;
                recurrence:
                  | (
                      | {
                          /** @enum {string} */
                          kind: 'monthly';
                          day: number;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'weekly';
                          weekday: number;
                        }
                    )
                  | null;
                checklist: {
                  done: number;
                  total: number;
                };
                version: number;
                abilities: {
                  update: boolean;
                  changeStatus: boolean;
                  reassign: boolean;
                  delete: boolean;
                  comment: boolean;
                  commentInternal: boolean;
                  editChecklist: boolean;
                  attach: boolean;
                  editDependencies: boolean;
                  follow: boolean;
                  viewTime: boolean;
                  logTime: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task with its checklist, links and followers */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a task (staff) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a task (If-Match: version). People change the status of their own tasks only */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            description?: string;
            /** @enum {string} */
            status?: 'todo' | 'in_progress' | 'waiting' | 'done';
            /** @enum {string} */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            assigneeId?: string | null;
            dueDate?: string | null;
            recurrence?:
              | (
                  | {
                      /** @enum {string} */
                      kind: 'monthly';
                      day: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'weekly';
                      weekday: number;
                    }
                )
              | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/checklist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a checklist item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/checklist/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a checklist item */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Tick, untick or rename a checklist item */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            done?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/dependencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the task wait for another task of its project (staff); a cycle is 409 dependency_cycle */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            dependsOnId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/dependencies/{dependsOnId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop waiting for a task (staff) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
          dependsOnId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/following': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Follow the task */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    post?: never;
    /** Stop following the task */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/thread': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The task's comments thread (a conversations thread, made on first use): read and post its messages through /api/v1/threads/{id} */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              kind: 'conversation' | 'ticket' | 'task' | 'document';
              subjectId: string | null;
              subjectVersionId: string | null;
              subject: string;
              createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
                isStaff: boolean;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              lastMessageAt: string;
              lastMessagePreview: string | null;
              messageCount: number;
              unreadCount: number;
              abilities: {
                view: boolean;
                update: boolean;
                post: boolean;
                postInternal: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The files of a task */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                documentId: string;
                name: string;
                /** @enum {string} */
                area: 'shared' | 'internal';
                sizeBytes: number;
                addedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                /** @description ISO 8601 UTC timestamp */
                addedAt: string;
                abilities: {
                  remove: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Attach a document of the task’s account (201; 200 when it was already attached) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            documentId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              documentId: string;
              name: string;
              /** @enum {string} */
              area: 'shared' | 'internal';
              sizeBytes: number;
              addedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              addedAt: string;
              abilities: {
                remove: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              documentId: string;
              name: string;
              /** @enum {string} */
              area: 'shared' | 'internal';
              sizeBytes: number;
              addedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              /** @description ISO 8601 UTC timestamp */
              addedAt: string;
              abilities: {
                remove: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/attachments/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a file from a task (the document stays) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
          documentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tasks/{taskId}/time-entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A task's time entries and totals (clients: only where the project shows time) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                taskId: string | null;
                taskTitle: string | null;
                projectId: string | null;
                /** Format: uuid */
                accountId: string;
                subject: {
                  /** @enum {string} */
                  kind: 'task' | 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                };
                person: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  staff: boolean;
                } | null;
                /** Format: date */
                date: string;
                minutes: number;
                note: string;
                billable: boolean;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
              totals: {
                billableMinutes: number;
                nonBillableMinutes: number;
                totalMinutes: number;
              };
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Log time on a task (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            minutes: number;
            /** @default  */
            note?: string;
            /** @default true */
            billable?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              taskId: string | null;
              taskTitle: string | null;
              projectId: string | null;
              /** Format: uuid */
              accountId: string;
              subject: {
                /** @enum {string} */
                kind: 'task' | 'account' | 'ticket' | 'thread';
                /** Format: uuid */
                id: string;
                title: string | null;
              };
              person: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              /** Format: date */
              date: string;
              minutes: number;
              note: string;
              billable: boolean;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/time-entries/{timeEntryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a time entry (its author, or staff admins) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          timeEntryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a time entry (If-Match: version; its author, or staff admins) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          timeEntryId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date?: string;
            minutes?: number;
            note?: string;
            billable?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              taskId: string | null;
              taskTitle: string | null;
              projectId: string | null;
              /** Format: uuid */
              accountId: string;
              subject: {
                /** @enum {string} */
                kind: 'task' | 'account' | 'ticket' | 'thread';
                /** Format: uuid */
                id: string;
                title: string | null;
              };
              person: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              /** Format: date */
              date: string;
              minutes: number;
              note: string;
              billable: boolean;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/projects/{projectId}/time-totals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project's logged minutes, billable and not */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              billableMinutes: number;
              nonBillableMinutes: number;
              totalMinutes: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/time-entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's time entries over a period, by date, with totals (staff) */
    get: {
      parameters: {
        query: {
          limit?: number;
          cursor?: string;
          from: string;
          to: string;
          subjectId?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                taskId: string | null;
                taskTitle: string | null;
                projectId: string | null;
                /** Format: uuid */
                accountId: string;
                subject: {
                  /** @enum {string} */
                  kind: 'task' | 'account' | 'ticket' | 'thread';
                  /** Format: uuid */
                  id: string;
                  title: string | null;
                };
                person: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  staff: boolean;
                } | null;
                /** Format: date */
                date: string;
                minutes: number;
                note: string;
                billable: boolean;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
              nextCursor: string | null;
              totals: {
                billableMinutes: number;
                nonBillableMinutes: number;
                totalMinutes: number;
              };
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    /** Log time on the account, one of its tickets or one of its threads (staff); counts toward its retainer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            date: string;
            minutes: number;
            /** @default  */
            note?: string;
            /** @default true */
            billable?: boolean;
            /** Format: uuid */
            ticketId?: string;
            /** Format: uuid */
            threadId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              taskId: string | null;
              taskTitle: string | null;
              projectId: string | null;
              /** Format: uuid */
              accountId: string;
              subject: {
                /** @enum {string} */
                kind: 'task' | 'account' | 'ticket' | 'thread';
                /** Format: uuid */
                id: string;
                title: string | null;
              };
              person: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              /** Format: date */
              date: string;
              minutes: number;
              note: string;
              billable: boolean;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/task-views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your saved task views */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                filters: {
                  status?: ('todo' | 'in_progress' | 'waiting' | 'done')[];
                  assignee?: 'me' | string;
                  /** Format: date */
                  dueBefore?: string;
                  /** Format: uuid */
                  projectId?: string;
                  /** Format: uuid */
                  accountId?: string;
                };
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Save the task list filters under a name (yours alone) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            filters: {
              status?: ('todo' | 'in_progress' | 'waiting' | 'done')[];
              assignee?: 'me' | string;
              /** Format: date */
              dueBefore?: string;
              /** Format: uuid */
              projectId?: string;
              /** Format: uuid */
              accountId?: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              filters: {
                status?: ('todo' | 'in_progress' | 'waiting' | 'done')[];
                assignee?: 'me' | string;
                /** Format: date */
                dueBefore?: string;
                /** Format: uuid */
                projectId?: string;
                /** Format: uuid */
                accountId?: string;
              };
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              abilities: {
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/task-views/{taskViewId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete one of your saved views */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          taskViewId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/project-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Project templates (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string;
                durationDays: number;
                taskCount: number;
                tasks: {
                  title: string;
                  /** @default  */
                  description: string;
                  offsetDays: number;
                  /**
                   * @default normal
                   * @enum {string}
                   */
                  priority: 'low' | 'normal' | 'high' | 'urgent';
                  /**
                   * @default staff
                   * @enum {string}
                   */
                  assignTo: 'staff' | 'client';
                  /** @default [] */
                  checklist: string[];
                  /** @default [] */
                  after: number[];
                }[];
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a project template (staff): its tasks, due relative to the start, on either side */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default  */
            description?: string;
            durationDays: number;
            /** @default [] */
            tasks?: {
              title: string;
              /** @default  */
              description?: string;
              offsetDays: number;
              /**
               * @default normal
               * @enum {string}
               */
              priority?: 'low' | 'normal' | 'high' | 'urgent';
              /**
               * @default staff
               * @enum {string}
               */
              assignTo?: 'staff' | 'client';
              /** @default [] */
              checklist?: string[];
              /** @default [] */
              after?: number[];
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              durationDays: number;
              taskCount: number;
              tasks: {
                title: string;
                /** @default  */
                description: string;
                offsetDays: number;
                /**
                 * @default normal
                 * @enum {string}
                 */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                /**
                 * @default staff
                 * @enum {string}
                 */
                assignTo: 'staff' | 'client';
                /** @default [] */
                checklist: string[];
                /** @default [] */
                after: number[];
              }[];
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/project-templates/{projectTemplateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project template (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectTemplateId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              durationDays: number;
              taskCount: number;
              tasks: {
                title: string;
                /** @default  */
                description: string;
                offsetDays: number;
                /**
                 * @default normal
                 * @enum {string}
                 */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                /**
                 * @default staff
                 * @enum {string}
                 */
                assignTo: 'staff' | 'client';
                /** @default [] */
                checklist: string[];
                /** @default [] */
                after: number[];
              }[];
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a project template (staff); projects made from it keep their tasks */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectTemplateId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a project template (staff; If-Match: version); projects made from it keep their tasks */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectTemplateId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            durationDays?: number;
            tasks?: {
              title: string;
              /** @default  */
              description?: string;
              offsetDays: number;
              /**
               * @default normal
               * @enum {string}
               */
              priority?: 'low' | 'normal' | 'high' | 'urgent';
              /**
               * @default staff
               * @enum {string}
               */
              assignTo?: 'staff' | 'client';
              /** @default [] */
              checklist?: string[];
              /** @default [] */
              after?: number[];
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              durationDays: number;
              taskCount: number;
              tasks: {
                title: string;
                /** @default  */
                description: string;
                offsetDays: number;
                /**
                 * @default normal
                 * @enum {string}
                 */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                /**
                 * @default staff
                 * @enum {string}
                 */
                assignTo: 'staff' | 'client';
                /** @default [] */
                checklist: string[];
                /** @default [] */
                after: number[];
              }[];
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's projects, newest first (its people do not see internal ones) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                name: string;
                description: string;
                /** @enum {string} */
                status: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
                startDate: string | null;
                dueDate: string | null;
                internal: boolean;
                clientsSeeTime: boolean;
                members: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  staff: boolean;
                }[];
                taskCounts: {
                  open: number;
                  done: number;
                };
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                  createTask: boolean;
                  viewTime: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a project (staff); with templateId, its tasks too, due relative to the start date */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default  */
            description?: string;
            /**
             * @default active
             * @enum {string}
             */
            status?: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
            startDate?: string | null;
            dueDate?: string | null;
            /** @default false */
            internal?: boolean;
            /** @default false */
            clientsSeeTime?: boolean;
            /** @default [] */
            memberIds?: string[];
            /** Format: uuid */
            templateId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              description: string;
              /** @enum {string} */
              status: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
              startDate: string | null;
              dueDate: string | null;
              internal: boolean;
              clientsSeeTime: boolean;
              members: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              taskCounts: {
                open: number;
                done: number;
              };
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                createTask: boolean;
                viewTime: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/projects/{projectId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              description: string;
              /** @enum {string} */
              status: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
              startDate: string | null;
              dueDate: string | null;
              internal: boolean;
              clientsSeeTime: boolean;
              members: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              taskCounts: {
                open: number;
                done: number;
              };
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                createTask: boolean;
                viewTime: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a project and its tasks (staff admins) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a project (staff; If-Match: version); memberIds, when given, replace the list */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            /** @enum {string} */
            status?: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
            startDate?: string | null;
            dueDate?: string | null;
            internal?: boolean;
            clientsSeeTime?: boolean;
            memberIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              name: string;
              description: string;
              /** @enum {string} */
              status: 'planned' | 'active' | 'on_hold' | 'completed' | 'cancelled';
              startDate: string | null;
              dueDate: string | null;
              internal: boolean;
              clientsSeeTime: boolean;
              members: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              taskCounts: {
                open: number;
                done: number;
              };
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                createTask: boolean;
                viewTime: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/projects/{projectId}/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A project's tasks, soonest due first (filters: status, assignee, dueBefore) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: string;
          assignee?: 'me' | string;
          dueBefore?: string;
          accountId?: string;
        };
        header?: never;
        path: {
          projectId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                projectId: string;
                projectName: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
                /** @enum {string} */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                assignee: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                  staff: boolean;
                } | null;
                dueDate: string | null;
                overdue: boolean;
                blocked: boolean;
                recurrence:
                  | (
                      | {
                          /** @enum {string} */
                          kind: 'monthly';
                          day: number;
                        }
                      | {
                          /** @enum {string} */
                          kind: 'weekly';
                          weekday: number;
                        }
                    )
                  | null;
                checklist: {
                  done: number;
                  total: number;
                };
                version: number;
                abilities: {
                  update: boolean;
                  changeStatus: boolean;
                  reassign: boolean;
                  delete: boolean;
                  comment: boolean;
                  commentInternal: boolean;
                  editChecklist: boolean;
                  attach: boolean;
                  editDependencies: boolean;
                  follow: boolean;
                  viewTime: boolean;
                  logTime: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Add a task (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          projectId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @default  */
            description?: string;
            /**
             * @default normal
             * @enum {string}
             */
            priority?: 'low' | 'normal' | 'high' | 'urgent';
            /** @default null */
            assigneeId?: string | null;
            /** @default null */
            dueDate?: string | null;
            /** @default null */
            recurrence?:
              | (
                  | {
                      /** @enum {string} */
                      kind: 'monthly';
                      day: number;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'weekly';
                      weekday: number;
                    }
                )
              | null;
            /** @default [] */
            checklist?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              projectId: string;
              projectName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              /** @enum {string} */
              status: 'todo' | 'in_progress' | 'waiting' | 'done';
              /** @enum {string} */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              assignee: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              } | null;
              dueDate: string | null;
              overdue: boolean;
              blocked: boolean;
              recurrence:
                | (
                    | {
                        /** @enum {string} */
                        kind: 'monthly';
                        day: number;
                      }
                    | {
                        /** @enum {string} */
                        kind: 'weekly';
                        weekday: number;
                      }
                  )
                | null;
              checklist: {
                done: number;
                total: number;
              };
              version: number;
              abilities: {
                update: boolean;
                changeStatus: boolean;
                reassign: boolean;
                delete: boolean;
                comment: boolean;
                commentInternal: boolean;
                editChecklist: boolean;
                attach: boolean;
                editDependencies: boolean;
                follow: boolean;
                viewTime: boolean;
                logTime: boolean;
              };
              description: string;
              checklistItems: {
                /** Format: uuid */
                id: string;
                title: string;
                done: boolean;
              }[];
              dependsOn: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              blocks: {
                /** Format: uuid */
                id: string;
                title: string;
                /** @enum {string} */
                status: 'todo' | 'in_progress' | 'waiting' | 'done';
              }[];
              followers: {
                /** Format: uuid */
                id: string;
                name: string;
                staff: boolean;
              }[];
              following: boolean;
              completedAt: string | null;
              nextOccurrenceId: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              projectInternal: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approvals across the caller's accounts, newest first (waitingOn=me: "waiting on you") */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
          documentId?: string;
          waitingOn?: 'me' | 'client' | 'firm';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
                title: string;
                message: string;
                quoteId: string | null;
                taskId: string | null;
                items: {
                  /** Format: uuid */
                  documentId: string;
                  /** Format: uuid */
                  versionId: string;
                  versionNumber: number;
                  name: string;
                  sha256: string;
                }[];
                /** @enum {string} */
                mode: 'sequential' | 'parallel';
                dueDate: string | null;
                internal: boolean;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
                contentSha256: string;
                cancelReason: string | null;
                replacesId: string | null;
                approvers: {
                  /** Format: uuid */
                  userId: string;
                  name: string;
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  position: number;
                  decision: ('approved' | 'changes_requested') | null;
                  comment: string | null;
                  decidedAt: string | null;
                  decidedSha256: string | null;
                  decidedIp: string | null;
                  decidedUserAgent: string | null;
                  awaiting: boolean;
                }[];
                waitingOn: ('client' | 'firm') | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                closedAt: string | null;
                version: number;
                abilities: {
                  decide: boolean;
                  cancel: boolean;
                  rerequest: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's approvals, newest first (filters: status, documentId, waitingOn) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
          documentId?: string;
          waitingOn?: 'me' | 'client' | 'firm';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
                title: string;
                message: string;
                quoteId: string | null;
                taskId: string | null;
                items: {
                  /** Format: uuid */
                  documentId: string;
                  /** Format: uuid */
                  versionId: string;
                  versionNumber: number;
                  name: string;
                  sha256: string;
                }[];
                /** @enum {string} */
                mode: 'sequential' | 'parallel';
                dueDate: string | null;
                internal: boolean;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
                contentSha256: string;
                cancelReason: string | null;
                replacesId: string | null;
                approvers: {
                  /** Format: uuid */
                  userId: string;
                  name: string;
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  position: number;
                  decision: ('approved' | 'changes_requested') | null;
                  comment: string | null;
                  decidedAt: string | null;
                  decidedSha256: string | null;
                  decidedIp: string | null;
                  decidedUserAgent: string | null;
                  awaiting: boolean;
                }[];
                waitingOn: ('client' | 'firm') | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                closedAt: string | null;
                version: number;
                abilities: {
                  decide: boolean;
                  cancel: boolean;
                  rerequest: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Ask for an approval (staff) on a document version, a deliverable, a sent quote or a task */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
            title?: string;
            /** @default  */
            message?: string;
            documentIds?: string[];
            /** Format: uuid */
            quoteId?: string;
            /** Format: uuid */
            taskId?: string;
            approverIds: string[];
            /**
             * @default parallel
             * @enum {string}
             */
            mode?: 'sequential' | 'parallel';
            /** @default null */
            dueDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
              title: string;
              message: string;
              quoteId: string | null;
              taskId: string | null;
              items: {
                /** Format: uuid */
                documentId: string;
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
                name: string;
                sha256: string;
              }[];
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              dueDate: string | null;
              internal: boolean;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
              contentSha256: string;
              cancelReason: string | null;
              replacesId: string | null;
              approvers: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                decision: ('approved' | 'changes_requested') | null;
                comment: string | null;
                decidedAt: string | null;
                decidedSha256: string | null;
                decidedIp: string | null;
                decidedUserAgent: string | null;
                awaiting: boolean;
              }[];
              waitingOn: ('client' | 'firm') | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                decide: boolean;
                cancel: boolean;
                rerequest: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One approval */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          approvalId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
              title: string;
              message: string;
              quoteId: string | null;
              taskId: string | null;
              items: {
                /** Format: uuid */
                documentId: string;
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
                name: string;
                sha256: string;
              }[];
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              dueDate: string | null;
              internal: boolean;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
              contentSha256: string;
              cancelReason: string | null;
              replacesId: string | null;
              approvers: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                decision: ('approved' | 'changes_requested') | null;
                comment: string | null;
                decidedAt: string | null;
                decidedSha256: string | null;
                decidedIp: string | null;
                decidedUserAgent: string | null;
                awaiting: boolean;
              }[];
              waitingOn: ('client' | 'firm') | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                decide: boolean;
                cancel: boolean;
                rerequest: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve or request changes: the caller's own decision, bound to contentSha256 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          approvalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            decision: 'approved' | 'changes_requested';
            /** @default  */
            comment?: string;
            contentSha256: string;
            /** Format: uuid */
            approverId?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
              title: string;
              message: string;
              quoteId: string | null;
              taskId: string | null;
              items: {
                /** Format: uuid */
                documentId: string;
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
                name: string;
                sha256: string;
              }[];
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              dueDate: string | null;
              internal: boolean;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
              contentSha256: string;
              cancelReason: string | null;
              replacesId: string | null;
              approvers: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                decision: ('approved' | 'changes_requested') | null;
                comment: string | null;
                decidedAt: string | null;
                decidedSha256: string | null;
                decidedIp: string | null;
                decidedUserAgent: string | null;
                awaiting: boolean;
              }[];
              waitingOn: ('client' | 'firm') | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                decide: boolean;
                cancel: boolean;
                rerequest: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}/rerequest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask again on the current content, same approvers (staff; after changes requested or a cancel) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          approvalId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
              title: string;
              message: string;
              quoteId: string | null;
              taskId: string | null;
              items: {
                /** Format: uuid */
                documentId: string;
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
                name: string;
                sha256: string;
              }[];
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              dueDate: string | null;
              internal: boolean;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
              contentSha256: string;
              cancelReason: string | null;
              replacesId: string | null;
              approvers: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                decision: ('approved' | 'changes_requested') | null;
                comment: string | null;
                decidedAt: string | null;
                decidedSha256: string | null;
                decidedIp: string | null;
                decidedUserAgent: string | null;
                awaiting: boolean;
              }[];
              waitingOn: ('client' | 'firm') | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                decide: boolean;
                cancel: boolean;
                rerequest: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/approvals/{approvalId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a pending approval (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          approvalId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** @enum {string} */
              subjectType: 'document_version' | 'deliverable' | 'quote' | 'task';
              title: string;
              message: string;
              quoteId: string | null;
              taskId: string | null;
              items: {
                /** Format: uuid */
                documentId: string;
                /** Format: uuid */
                versionId: string;
                versionNumber: number;
                name: string;
                sha256: string;
              }[];
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              dueDate: string | null;
              internal: boolean;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'changes_requested' | 'cancelled';
              contentSha256: string;
              cancelReason: string | null;
              replacesId: string | null;
              approvers: {
                /** Format: uuid */
                userId: string;
                name: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                decision: ('approved' | 'changes_requested') | null;
                comment: string | null;
                decidedAt: string | null;
                decidedSha256: string | null;
                decidedIp: string | null;
                decidedUserAgent: string | null;
                awaiting: boolean;
              }[];
              waitingOn: ('client' | 'firm') | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                decide: boolean;
                cancel: boolean;
                rerequest: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/form-assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The forms requested from an account, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                formId: string;
                formName: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                versionNumber: number;
                dueDate: string | null;
                /** @enum {string} */
                status: 'assigned' | 'draft' | 'submitted';
                submissionId: string | null;
                submittedAt: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  fill: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Request a form from an account (staff), pinned to its latest published version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            formId: string;
            /** @default null */
            dueDate?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              formId: string;
              formName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              versionNumber: number;
              dueDate: string | null;
              /** @enum {string} */
              status: 'assigned' | 'draft' | 'submitted';
              submissionId: string | null;
              submittedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              abilities: {
                fill: boolean;
              };
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              draft: {
                answers: {
                  [key: string]: unknown;
                };
                version: number;
                savedAt: string | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/form-assignments/{assignmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One requested form, with its definition and the draft so far */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          assignmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              formId: string;
              formName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              versionNumber: number;
              dueDate: string | null;
              /** @enum {string} */
              status: 'assigned' | 'draft' | 'submitted';
              submissionId: string | null;
              submittedAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              abilities: {
                fill: boolean;
              };
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              draft: {
                answers: {
                  [key: string]: unknown;
                };
                version: number;
                savedAt: string | null;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/form-assignments/{assignmentId}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Autosave the draft (the account's people; If-Match: the draft's version, 409 when stale) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          assignmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              answers: {
                [key: string]: unknown;
              };
              version: number;
              savedAt: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/form-assignments/{assignmentId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit the answers (the account's people): 400 with field paths, 409 when already submitted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          assignmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              submissionId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/form-submissions/{submissionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One submission with the definition of the version it answered */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          submissionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              formId: string;
              formName: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              versionNumber: number;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              answers: {
                [key: string]: unknown;
              };
              /** @enum {string} */
              source: 'portal' | 'public';
              submittedBy: {
                /** Format: uuid */
                id: string;
                name: string;
              } | null;
              submitterEmail: string | null;
              /** @description ISO 8601 UTC timestamp */
              submittedAt: string;
              ticketId: string | null;
              taskId: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-forms/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A public form (no sign-in) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              name: string;
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              fillToken: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public-forms/{slug}/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a public form: creates a lead account and invites the visitor (202, also for bots) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            email: string;
            company?: string;
            answers: {
              [key: string]: unknown;
            };
            fillToken: string;
            website?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/forms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Forms (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                name: string;
                description: string;
                definition: {
                  fields: components['schemas']['FormField'][];
                };
                publishedVersion: number | null;
                unpublishedChanges: boolean;
                publicSlug: string | null;
                leadSegmentId: string | null;
                createTicket: boolean;
                createTask: boolean;
                submissionCount: number;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                version: number;
                archivedAt: string | null;
                abilities: {
                  update: boolean;
                  publish: boolean;
                  assign: boolean;
                  readSubmissions: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a form (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @default  */
            description?: string;
            /**
             * @default {
             *       "fields": []
             *     }
             */
            definition?: {
              fields: components['schemas']['FormFieldInput'][];
            };
            /** @default null */
            publicSlug?: string | null;
            /** @default null */
            leadSegmentId?: string | null;
            /** @default false */
            createTicket?: boolean;
            /** @default false */
            createTask?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              publishedVersion: number | null;
              unpublishedChanges: boolean;
              publicSlug: string | null;
              leadSegmentId: string | null;
              createTicket: boolean;
              createTask: boolean;
              submissionCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              archivedAt: string | null;
              abilities: {
                update: boolean;
                publish: boolean;
                assign: boolean;
                readSubmissions: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/forms/{formId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One form (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          formId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              publishedVersion: number | null;
              unpublishedChanges: boolean;
              publicSlug: string | null;
              leadSegmentId: string | null;
              createTicket: boolean;
              createTask: boolean;
              submissionCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              archivedAt: string | null;
              abilities: {
                update: boolean;
                publish: boolean;
                assign: boolean;
                readSubmissions: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the working copy (staff; If-Match: version); published versions never change */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          formId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string;
            definition?: {
              fields: components['schemas']['FormFieldInput'][];
            };
            publicSlug?: string | null;
            leadSegmentId?: string | null;
            createTicket?: boolean;
            createTask?: boolean;
            archived?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              publishedVersion: number | null;
              unpublishedChanges: boolean;
              publicSlug: string | null;
              leadSegmentId: string | null;
              createTicket: boolean;
              createTask: boolean;
              submissionCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              archivedAt: string | null;
              abilities: {
                update: boolean;
                publish: boolean;
                assign: boolean;
                readSubmissions: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/forms/{formId}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Freeze the working copy as the next version (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          formId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              name: string;
              description: string;
              definition: {
                fields: components['schemas']['FormField'][];
              };
              publishedVersion: number | null;
              unpublishedChanges: boolean;
              publicSlug: string | null;
              leadSegmentId: string | null;
              createTicket: boolean;
              createTask: boolean;
              submissionCount: number;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              archivedAt: string | null;
              abilities: {
                update: boolean;
                publish: boolean;
                assign: boolean;
                readSubmissions: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/forms/{formId}/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A form's submissions in the caller's scope, newest first (staff) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          accountId?: string;
        };
        header?: never;
        path: {
          formId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                formId: string;
                formName: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                versionNumber: number;
                /** @enum {string} */
                source: 'portal' | 'public';
                submittedBy: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                submitterEmail: string | null;
                /** @description ISO 8601 UTC timestamp */
                submittedAt: string;
                ticketId: string | null;
                taskId: string | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/forms/{formId}/submissions/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A form's submissions as CSV (staff; an export) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          formId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onboarding-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Onboarding templates, by segment (staff) */
    get: {
      parameters: {
        query?: {
          segmentId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                segmentId: string;
                segmentName: string;
                name: string;
                autoApply: boolean;
                steps: (
                  | {
                      /** @enum {string} */
                      kind: 'welcome';
                      title: string;
                      /** @default [] */
                      waitsFor: number[];
                      message: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'form';
                      title: string;
                      /** @default [] */
                      waitsFor: number[];
                      /** Format: uuid */
                      formId: string;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'file_request';
                      title: string;
                      /** @default [] */
                      waitsFor: number[];
                      /** @default null */
                      note: string | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'invoice';
                      title: string;
                      /** @default [] */
                      waitsFor: number[];
                      /** @enum {string} */
                      currency:
                        | 'AED'
                        | 'AUD'
                        | 'BRL'
                        | 'CAD'
                        | 'CHF'
                        | 'CNY'
                        | 'CZK'
                        | 'DKK'
                        | 'EUR'
                        | 'GBP'
                        | 'HKD'
                        | 'HUF'
                        | 'ILS'
                        | 'INR'
                        | 'MXN'
                        | 'NOK'
                        | 'NZD'
                        | 'PLN'
                        | 'RON'
                        | 'SEK'
                        | 'SGD'
                        | 'TRY'
                        | 'USD'
                        | 'ZAR'
                        | 'BIF'
                        | 'CLP'
                        | 'DJF'
                        | 'GNF'
                        | 'ISK'
                        | 'JPY'
                        | 'KMF'
                        | 'KRW'
                        | 'PYG'
                        | 'RWF'
                        | 'UGX'
                        | 'VND'
                        | 'VUV'
                        | 'XAF'
                        | 'XOF'
                        | 'XPF'
                        | 'BHD'
                        | 'IQD'
                        | 'JOD'
                        | 'KWD'
                        | 'LYD'
                        | 'OMR'
                        | 'TND';
                      /** @default [] */
                      lines: {
                        description: string;
                        quantity: number;
                        unitPrice: number;
                        discount?:
                          | (
                              | {
                                  /** @enum {string} */
                                  type: 'percent';
                                  value: number;
                                }
                              | {
                                  /** @enum {string} */
                                  type: 'amount';
                                  amount: number;
                                }
                            )
                          | null;
                        /** @default [] */
                        taxRateIds: string[];
                      }[];
                      /** @default null */
                      catalogItemId: string | null;
                    }
                  | {
                      /** @enum {string} */
                      kind: 'task';
                      title: string;
                      /** @default [] */
                      waitsFor: number[];
                      /** @default  */
                      description: string;
                      /**
                       * @default client
                       * @enum {string}
                       */
                      side: 'client' | 'firm';
                    }
                  | {
                      /** @enum {string} */
                      kind: 'signature';
                      title: string;
                      /** @default [] */
                      waitsFor: number[];
                      fees: {
                        amount: number;
                        /** @enum {string} */
                        currency:
                          | 'AED'
                          | 'AUD'
                          | 'BRL'
                          | 'CAD'
                          | 'CHF'
                          | 'CNY'
                          | 'CZK'
                          | 'DKK'
                          | 'EUR'
                          | 'GBP'
                          | 'HKD'
                          | 'HUF'
                          | 'ILS'
                          | 'INR'
                          | 'MXN'
                          | 'NOK'
                          | 'NZD'
                          | 'PLN'
                          | 'RON'
                          | 'SEK'
                          | 'SGD'
                          | 'TRY'
                          | 'USD'
                          | 'ZAR'
                          | 'BIF'
                          | 'CLP'
                          | 'DJF'
                          | 'GNF'
                          | 'ISK'
                          | 'JPY'
                          | 'KMF'
                          | 'KRW'
                          | 'PYG'
                          | 'RWF'
                          | 'UGX'
                          | 'VND'
                          | 'VUV'
                          | 'XAF'
                          | 'XOF'
                          | 'XPF'
                          | 'BHD'
                          | 'IQD'
                          | 'JOD'
                          | 'KWD'
                          | 'LYD'
                          | 'OMR'
                          | 'TND';
                      };
                      /** @default  */
                      message: string;
                      /** @default true */
                      countersign: boolean;
                    }
                )[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                  apply: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create an onboarding template (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            segmentId: string;
            name: string;
            /** @default false */
            autoApply?: boolean;
            /** @default [] */
            steps?: (
              | {
                  /** @enum {string} */
                  kind: 'welcome';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  message: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'form';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** Format: uuid */
                  formId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'file_request';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** @default null */
                  note?: string | null;
                }
              | {
                  /** @enum {string} */
                  kind: 'invoice';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** @enum {string} */
                  currency:
                    | 'AED'
                    | 'AUD'
                    | 'BRL'
                    | 'CAD'
                    | 'CHF'
                    | 'CNY'
                    | 'CZK'
                    | 'DKK'
                    | 'EUR'
                    | 'GBP'
                    | 'HKD'
                    | 'HUF'
                    | 'ILS'
                    | 'INR'
                    | 'MXN'
                    | 'NOK'
                    | 'NZD'
                    | 'PLN'
                    | 'RON'
                    | 'SEK'
                    | 'SGD'
                    | 'TRY'
                    | 'USD'
                    | 'ZAR'
                    | 'BIF'
                    | 'CLP'
                    | 'DJF'
                    | 'GNF'
                    | 'ISK'
                    | 'JPY'
                    | 'KMF'
                    | 'KRW'
                    | 'PYG'
                    | 'RWF'
                    | 'UGX'
                    | 'VND'
                    | 'VUV'
                    | 'XAF'
                    | 'XOF'
                    | 'XPF'
                    | 'BHD'
                    | 'IQD'
                    | 'JOD'
                    | 'KWD'
                    | 'LYD'
                    | 'OMR'
                    | 'TND';
                  /** @default [] */
                  lines?: {
                    description: string;
                    quantity: number;
                    unitPrice: number;
                    discount?:
                      | (
                          | {
                              /** @enum {string} */
                              type: 'percent';
                              value: number;
                            }
                          | {
                              /** @enum {string} */
                              type: 'amount';
                              amount: number;
                            }
                        )
                      | null;
                    /** @default [] */
                    taxRateIds?: string[];
                  }[];
                  /** @default null */
                  catalogItemId?: string | null;
                }
              | {
                  /** @enum {string} */
                  kind: 'task';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** @default  */
                  description?: string;
                  /**
                   * @default client
                   * @enum {string}
                   */
                  side?: 'client' | 'firm';
                }
              | {
                  /** @enum {string} */
                  kind: 'signature';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  fees: {
                    amount: number;
                    /** @enum {string} */
                    currency:
                      | 'AED'
                      | 'AUD'
                      | 'BRL'
                      | 'CAD'
                      | 'CHF'
                      | 'CNY'
                      | 'CZK'
                      | 'DKK'
                      | 'EUR'
                      | 'GBP'
                      | 'HKD'
                      | 'HUF'
                      | 'ILS'
                      | 'INR'
                      | 'MXN'
                      | 'NOK'
                      | 'NZD'
                      | 'PLN'
                      | 'RON'
                      | 'SEK'
                      | 'SGD'
                      | 'TRY'
                      | 'USD'
                      | 'ZAR'
                      | 'BIF'
                      | 'CLP'
                      | 'DJF'
                      | 'GNF'
                      | 'ISK'
                      | 'JPY'
                      | 'KMF'
                      | 'KRW'
                      | 'PYG'
                      | 'RWF'
                      | 'UGX'
                      | 'VND'
                      | 'VUV'
                      | 'XAF'
                      | 'XOF'
                      | 'XPF'
                      | 'BHD'
                      | 'IQD'
                      | 'JOD'
                      | 'KWD'
                      | 'LYD'
                      | 'OMR'
                      | 'TND';
                  };
                  /** @default  */
                  message?: string;
                  /** @default true */
                  countersign?: boolean;
                }
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              segmentName: string;
              name: string;
              autoApply: boolean;
              steps: (
                | {
                    /** @enum {string} */
                    kind: 'welcome';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    message: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'form';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** Format: uuid */
                    formId: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'file_request';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @default null */
                    note: string | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'invoice';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @enum {string} */
                    currency:
                      | 'AED'
                      | 'AUD'
                      | 'BRL'
                      | 'CAD'
                      | 'CHF'
                      | 'CNY'
                      | 'CZK'
                      | 'DKK'
                      | 'EUR'
                      | 'GBP'
                      | 'HKD'
                      | 'HUF'
                      | 'ILS'
                      | 'INR'
                      | 'MXN'
                      | 'NOK'
                      | 'NZD'
                      | 'PLN'
                      | 'RON'
                      | 'SEK'
                      | 'SGD'
                      | 'TRY'
                      | 'USD'
                      | 'ZAR'
                      | 'BIF'
                      | 'CLP'
                      | 'DJF'
                      | 'GNF'
                      | 'ISK'
                      | 'JPY'
                      | 'KMF'
                      | 'KRW'
                      | 'PYG'
                      | 'RWF'
                      | 'UGX'
                      | 'VND'
                      | 'VUV'
                      | 'XAF'
                      | 'XOF'
                      | 'XPF'
                      | 'BHD'
                      | 'IQD'
                      | 'JOD'
                      | 'KWD'
                      | 'LYD'
                      | 'OMR'
                      | 'TND';
                    /** @default [] */
                    lines: {
                      description: string;
                      quantity: number;
                      unitPrice: number;
                      discount?:
                        | (
                            | {
                                /** @enum {string} */
                                type: 'percent';
                                value: number;
                              }
                            | {
                                /** @enum {string} */
                                type: 'amount';
                                amount: number;
                              }
                          )
                        | null;
                      /** @default [] */
                      taxRateIds: string[];
                    }[];
                    /** @default null */
                    catalogItemId: string | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'task';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @default  */
                    description: string;
                    /**
                     * @default client
                     * @enum {string}
                     */
                    side: 'client' | 'firm';
                  }
                | {
                    /** @enum {string} */
                    kind: 'signature';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    fees: {
                      amount: number;
                      /** @enum {string} */
                      currency:
                        | 'AED'
                        | 'AUD'
                        | 'BRL'
                        | 'CAD'
                        | 'CHF'
                        | 'CNY'
                        | 'CZK'
                        | 'DKK'
                        | 'EUR'
                        | 'GBP'
                        | 'HKD'
                        | 'HUF'
                        | 'ILS'
                        | 'INR'
                        | 'MXN'
                        | 'NOK'
                        | 'NZD'
                        | 'PLN'
                        | 'RON'
                        | 'SEK'
                        | 'SGD'
                        | 'TRY'
                        | 'USD'
                        | 'ZAR'
                        | 'BIF'
                        | 'CLP'
                        | 'DJF'
                        | 'GNF'
                        | 'ISK'
                        | 'JPY'
                        | 'KMF'
                        | 'KRW'
                        | 'PYG'
                        | 'RWF'
                        | 'UGX'
                        | 'VND'
                        | 'VUV'
                        | 'XAF'
                        | 'XOF'
                        | 'XPF'
                        | 'BHD'
                        | 'IQD'
                        | 'JOD'
                        | 'KWD'
                        | 'LYD'
                        | 'OMR'
                        | 'TND';
                    };
                    /** @default  */
                    message: string;
                    /** @default true */
                    countersign: boolean;
                  }
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                apply: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onboarding-templates/{onboardingTemplateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One template (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          onboardingTemplateId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              segmentName: string;
              name: string;
              autoApply: boolean;
              steps: (
                | {
                    /** @enum {string} */
                    kind: 'welcome';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    message: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'form';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** Format: uuid */
                    formId: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'file_request';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @default null */
                    note: string | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'invoice';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @enum {string} */
                    currency:
                      | 'AED'
                      | 'AUD'
                      | 'BRL'
                      | 'CAD'
                      | 'CHF'
                      | 'CNY'
                      | 'CZK'
                      | 'DKK'
                      | 'EUR'
                      | 'GBP'
                      | 'HKD'
                      | 'HUF'
                      | 'ILS'
                      | 'INR'
                      | 'MXN'
                      | 'NOK'
                      | 'NZD'
                      | 'PLN'
                      | 'RON'
                      | 'SEK'
                      | 'SGD'
                      | 'TRY'
                      | 'USD'
                      | 'ZAR'
                      | 'BIF'
                      | 'CLP'
                      | 'DJF'
                      | 'GNF'
                      | 'ISK'
                      | 'JPY'
                      | 'KMF'
                      | 'KRW'
                      | 'PYG'
                      | 'RWF'
                      | 'UGX'
                      | 'VND'
                      | 'VUV'
                      | 'XAF'
                      | 'XOF'
                      | 'XPF'
                      | 'BHD'
                      | 'IQD'
                      | 'JOD'
                      | 'KWD'
                      | 'LYD'
                      | 'OMR'
                      | 'TND';
                    /** @default [] */
                    lines: {
                      description: string;
                      quantity: number;
                      unitPrice: number;
                      discount?:
                        | (
                            | {
                                /** @enum {string} */
                                type: 'percent';
                                value: number;
                              }
                            | {
                                /** @enum {string} */
                                type: 'amount';
                                amount: number;
                              }
                          )
                        | null;
                      /** @default [] */
                      taxRateIds: string[];
                    }[];
                    /** @default null */
                    catalogItemId: string | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'task';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @default  */
                    description: string;
                    /**
                     * @default client
                     * @enum {string}
                     */
                    side: 'client' | 'firm';
                  }
                | {
                    /** @enum {string} */
                    kind: 'signature';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    fees: {
                      amount: number;
                      /** @enum {string} */
                      currency:
                        | 'AED'
                        | 'AUD'
                        | 'BRL'
                        | 'CAD'
                        | 'CHF'
                        | 'CNY'
                        | 'CZK'
                        | 'DKK'
                        | 'EUR'
                        | 'GBP'
                        | 'HKD'
                        | 'HUF'
                        | 'ILS'
                        | 'INR'
                        | 'MXN'
                        | 'NOK'
                        | 'NZD'
                        | 'PLN'
                        | 'RON'
                        | 'SEK'
                        | 'SGD'
                        | 'TRY'
                        | 'USD'
                        | 'ZAR'
                        | 'BIF'
                        | 'CLP'
                        | 'DJF'
                        | 'GNF'
                        | 'ISK'
                        | 'JPY'
                        | 'KMF'
                        | 'KRW'
                        | 'PYG'
                        | 'RWF'
                        | 'UGX'
                        | 'VND'
                        | 'VUV'
                        | 'XAF'
                        | 'XOF'
                        | 'XPF'
                        | 'BHD'
                        | 'IQD'
                        | 'JOD'
                        | 'KWD'
                        | 'LYD'
                        | 'OMR'
                        | 'TND';
                    };
                    /** @default  */
                    message: string;
                    /** @default true */
                    countersign: boolean;
                  }
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                apply: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a template (staff) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          onboardingTemplateId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a template (staff; If-Match: version); onboardings already applied keep their steps */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          onboardingTemplateId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            autoApply?: boolean;
            steps?: (
              | {
                  /** @enum {string} */
                  kind: 'welcome';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  message: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'form';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** Format: uuid */
                  formId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'file_request';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** @default null */
                  note?: string | null;
                }
              | {
                  /** @enum {string} */
                  kind: 'invoice';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** @enum {string} */
                  currency:
                    | 'AED'
                    | 'AUD'
                    | 'BRL'
                    | 'CAD'
                    | 'CHF'
                    | 'CNY'
                    | 'CZK'
                    | 'DKK'
                    | 'EUR'
                    | 'GBP'
                    | 'HKD'
                    | 'HUF'
                    | 'ILS'
                    | 'INR'
                    | 'MXN'
                    | 'NOK'
                    | 'NZD'
                    | 'PLN'
                    | 'RON'
                    | 'SEK'
                    | 'SGD'
                    | 'TRY'
                    | 'USD'
                    | 'ZAR'
                    | 'BIF'
                    | 'CLP'
                    | 'DJF'
                    | 'GNF'
                    | 'ISK'
                    | 'JPY'
                    | 'KMF'
                    | 'KRW'
                    | 'PYG'
                    | 'RWF'
                    | 'UGX'
                    | 'VND'
                    | 'VUV'
                    | 'XAF'
                    | 'XOF'
                    | 'XPF'
                    | 'BHD'
                    | 'IQD'
                    | 'JOD'
                    | 'KWD'
                    | 'LYD'
                    | 'OMR'
                    | 'TND';
                  /** @default [] */
                  lines?: {
                    description: string;
                    quantity: number;
                    unitPrice: number;
                    discount?:
                      | (
                          | {
                              /** @enum {string} */
                              type: 'percent';
                              value: number;
                            }
                          | {
                              /** @enum {string} */
                              type: 'amount';
                              amount: number;
                            }
                        )
                      | null;
                    /** @default [] */
                    taxRateIds?: string[];
                  }[];
                  /** @default null */
                  catalogItemId?: string | null;
                }
              | {
                  /** @enum {string} */
                  kind: 'task';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  /** @default  */
                  description?: string;
                  /**
                   * @default client
                   * @enum {string}
                   */
                  side?: 'client' | 'firm';
                }
              | {
                  /** @enum {string} */
                  kind: 'signature';
                  title: string;
                  /** @default [] */
                  waitsFor?: number[];
                  fees: {
                    amount: number;
                    /** @enum {string} */
                    currency:
                      | 'AED'
                      | 'AUD'
                      | 'BRL'
                      | 'CAD'
                      | 'CHF'
                      | 'CNY'
                      | 'CZK'
                      | 'DKK'
                      | 'EUR'
                      | 'GBP'
                      | 'HKD'
                      | 'HUF'
                      | 'ILS'
                      | 'INR'
                      | 'MXN'
                      | 'NOK'
                      | 'NZD'
                      | 'PLN'
                      | 'RON'
                      | 'SEK'
                      | 'SGD'
                      | 'TRY'
                      | 'USD'
                      | 'ZAR'
                      | 'BIF'
                      | 'CLP'
                      | 'DJF'
                      | 'GNF'
                      | 'ISK'
                      | 'JPY'
                      | 'KMF'
                      | 'KRW'
                      | 'PYG'
                      | 'RWF'
                      | 'UGX'
                      | 'VND'
                      | 'VUV'
                      | 'XAF'
                      | 'XOF'
                      | 'XPF'
                      | 'BHD'
                      | 'IQD'
                      | 'JOD'
                      | 'KWD'
                      | 'LYD'
                      | 'OMR'
                      | 'TND';
                  };
                  /** @default  */
                  message?: string;
                  /** @default true */
                  countersign?: boolean;
                }
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              segmentId: string;
              segmentName: string;
              name: string;
              autoApply: boolean;
              steps: (
                | {
                    /** @enum {string} */
                    kind: 'welcome';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    message: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'form';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** Format: uuid */
                    formId: string;
                  }
                | {
                    /** @enum {string} */
                    kind: 'file_request';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @default null */
                    note: string | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'invoice';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @enum {string} */
                    currency:
                      | 'AED'
                      | 'AUD'
                      | 'BRL'
                      | 'CAD'
                      | 'CHF'
                      | 'CNY'
                      | 'CZK'
                      | 'DKK'
                      | 'EUR'
                      | 'GBP'
                      | 'HKD'
                      | 'HUF'
                      | 'ILS'
                      | 'INR'
                      | 'MXN'
                      | 'NOK'
                      | 'NZD'
                      | 'PLN'
                      | 'RON'
                      | 'SEK'
                      | 'SGD'
                      | 'TRY'
                      | 'USD'
                      | 'ZAR'
                      | 'BIF'
                      | 'CLP'
                      | 'DJF'
                      | 'GNF'
                      | 'ISK'
                      | 'JPY'
                      | 'KMF'
                      | 'KRW'
                      | 'PYG'
                      | 'RWF'
                      | 'UGX'
                      | 'VND'
                      | 'VUV'
                      | 'XAF'
                      | 'XOF'
                      | 'XPF'
                      | 'BHD'
                      | 'IQD'
                      | 'JOD'
                      | 'KWD'
                      | 'LYD'
                      | 'OMR'
                      | 'TND';
                    /** @default [] */
                    lines: {
                      description: string;
                      quantity: number;
                      unitPrice: number;
                      discount?:
                        | (
                            | {
                                /** @enum {string} */
                                type: 'percent';
                                value: number;
                              }
                            | {
                                /** @enum {string} */
                                type: 'amount';
                                amount: number;
                              }
                          )
                        | null;
                      /** @default [] */
                      taxRateIds: string[];
                    }[];
                    /** @default null */
                    catalogItemId: string | null;
                  }
                | {
                    /** @enum {string} */
                    kind: 'task';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    /** @default  */
                    description: string;
                    /**
                     * @default client
                     * @enum {string}
                     */
                    side: 'client' | 'firm';
                  }
                | {
                    /** @enum {string} */
                    kind: 'signature';
                    title: string;
                    /** @default [] */
                    waitsFor: number[];
                    fees: {
                      amount: number;
                      /** @enum {string} */
                      currency:
                        | 'AED'
                        | 'AUD'
                        | 'BRL'
                        | 'CAD'
                        | 'CHF'
                        | 'CNY'
                        | 'CZK'
                        | 'DKK'
                        | 'EUR'
                        | 'GBP'
                        | 'HKD'
                        | 'HUF'
                        | 'ILS'
                        | 'INR'
                        | 'MXN'
                        | 'NOK'
                        | 'NZD'
                        | 'PLN'
                        | 'RON'
                        | 'SEK'
                        | 'SGD'
                        | 'TRY'
                        | 'USD'
                        | 'ZAR'
                        | 'BIF'
                        | 'CLP'
                        | 'DJF'
                        | 'GNF'
                        | 'ISK'
                        | 'JPY'
                        | 'KMF'
                        | 'KRW'
                        | 'PYG'
                        | 'RWF'
                        | 'UGX'
                        | 'VND'
                        | 'VUV'
                        | 'XAF'
                        | 'XOF'
                        | 'XPF'
                        | 'BHD'
                        | 'IQD'
                        | 'JOD'
                        | 'KWD'
                        | 'LYD'
                        | 'OMR'
                        | 'TND';
                    };
                    /** @default  */
                    message: string;
                    /** @default true */
                    countersign: boolean;
                  }
              )[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                apply: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/onboardings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Onboardings in the caller’s scope, longest-running first, with the step each is stuck on (staff) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'active' | 'completed' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                segmentName: string;
                templateName: string;
                /** @enum {string} */
                status: 'active' | 'completed' | 'cancelled';
                /** @description ISO 8601 UTC timestamp */
                startedAt: string;
                completedAt: string | null;
                stepsDone: number;
                stepsTotal: number;
                currentStep: {
                  title: string;
                  kind: string;
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  /** @description ISO 8601 UTC timestamp */
                  openedAt: string;
                } | null;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onboarding-stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time to onboard per segment: median of completed onboardings (staff) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              segments: {
                /** Format: uuid */
                segmentId: string;
                segmentName: string;
                completed: number;
                inProgress: number;
                medianSeconds: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/onboarding': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The account's onboarding in progress, else its latest (the checklist), or null */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              onboarding: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                templateId: string | null;
                templateName: string;
                /** @enum {string} */
                status: 'active' | 'completed' | 'cancelled';
                /** @description ISO 8601 UTC timestamp */
                startedAt: string;
                completedAt: string | null;
                cancelledAt: string | null;
                steps: {
                  /** Format: uuid */
                  id: string;
                  position: number;
                  kind: string;
                  title: string;
                  message: string | null;
                  /** @enum {string} */
                  status: 'waiting' | 'open' | 'done' | 'skipped' | 'cancelled';
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  waitsFor: number[];
                  link: string | null;
                  issue: {
                    state: string;
                    byName: string | null;
                    reason: string | null;
                  } | null;
                  openedAt: string | null;
                  completedAt: string | null;
                  abilities: {
                    complete: boolean;
                    reissue: boolean;
                  };
                }[];
                abilities: {
                  cancel: boolean;
                  reapply: boolean;
                };
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/onboardings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Apply a template to the account (staff); 409 already_onboarding while one is in progress */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            templateId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              onboarding: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                templateId: string | null;
                templateName: string;
                /** @enum {string} */
                status: 'active' | 'completed' | 'cancelled';
                /** @description ISO 8601 UTC timestamp */
                startedAt: string;
                completedAt: string | null;
                cancelledAt: string | null;
                steps: {
                  /** Format: uuid */
                  id: string;
                  position: number;
                  kind: string;
                  title: string;
                  message: string | null;
                  /** @enum {string} */
                  status: 'waiting' | 'open' | 'done' | 'skipped' | 'cancelled';
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  waitsFor: number[];
                  link: string | null;
                  issue: {
                    state: string;
                    byName: string | null;
                    reason: string | null;
                  } | null;
                  openedAt: string | null;
                  completedAt: string | null;
                  abilities: {
                    complete: boolean;
                    reissue: boolean;
                  };
                }[];
                abilities: {
                  cancel: boolean;
                  reapply: boolean;
                };
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onboardings/{onboardingId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an onboarding in progress (staff); its items stay with their modules */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          onboardingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              onboarding: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                templateId: string | null;
                templateName: string;
                /** @enum {string} */
                status: 'active' | 'completed' | 'cancelled';
                /** @description ISO 8601 UTC timestamp */
                startedAt: string;
                completedAt: string | null;
                cancelledAt: string | null;
                steps: {
                  /** Format: uuid */
                  id: string;
                  position: number;
                  kind: string;
                  title: string;
                  message: string | null;
                  /** @enum {string} */
                  status: 'waiting' | 'open' | 'done' | 'skipped' | 'cancelled';
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  waitsFor: number[];
                  link: string | null;
                  issue: {
                    state: string;
                    byName: string | null;
                    reason: string | null;
                  } | null;
                  openedAt: string | null;
                  completedAt: string | null;
                  abilities: {
                    complete: boolean;
                    reissue: boolean;
                  };
                }[];
                abilities: {
                  cancel: boolean;
                  reapply: boolean;
                };
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onboarding-steps/{onboardingStepId}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Tick off a welcome step (the account’s people, or staff); other steps complete with their item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          onboardingStepId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              onboarding: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                templateId: string | null;
                templateName: string;
                /** @enum {string} */
                status: 'active' | 'completed' | 'cancelled';
                /** @description ISO 8601 UTC timestamp */
                startedAt: string;
                completedAt: string | null;
                cancelledAt: string | null;
                steps: {
                  /** Format: uuid */
                  id: string;
                  position: number;
                  kind: string;
                  title: string;
                  message: string | null;
                  /** @enum {string} */
                  status: 'waiting' | 'open' | 'done' | 'skipped' | 'cancelled';
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  waitsFor: number[];
                  link: string | null;
                  issue: {
                    state: string;
                    byName: string | null;
                    reason: string | null;
                  } | null;
                  openedAt: string | null;
                  completedAt: string | null;
                  abilities: {
                    complete: boolean;
                    reissue: boolean;
                  };
                }[];
                abilities: {
                  cancel: boolean;
                  reapply: boolean;
                };
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/onboarding-steps/{onboardingStepId}/reissue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Re-issue a step whose item ended without completing it (a letter declined, voided or expired; staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          onboardingStepId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              onboarding: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                templateId: string | null;
                templateName: string;
                /** @enum {string} */
                status: 'active' | 'completed' | 'cancelled';
                /** @description ISO 8601 UTC timestamp */
                startedAt: string;
                completedAt: string | null;
                cancelledAt: string | null;
                steps: {
                  /** Format: uuid */
                  id: string;
                  position: number;
                  kind: string;
                  title: string;
                  message: string | null;
                  /** @enum {string} */
                  status: 'waiting' | 'open' | 'done' | 'skipped' | 'cancelled';
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  waitsFor: number[];
                  link: string | null;
                  issue: {
                    state: string;
                    byName: string | null;
                    reason: string | null;
                  } | null;
                  openedAt: string | null;
                  completedAt: string | null;
                  abilities: {
                    complete: boolean;
                    reissue: boolean;
                  };
                }[];
                abilities: {
                  cancel: boolean;
                  reapply: boolean;
                };
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate that seals completed envelopes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              issuer: string;
              serialNumber: string;
              /** @description ISO 8601 UTC timestamp */
              notBefore: string;
              /** @description ISO 8601 UTC timestamp */
              notAfter: string;
              sha256Fingerprint: string;
              selfSigned: boolean;
              /** @enum {string} */
              origin: 'generated' | 'uploaded';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              replacedAt: string | null;
              abilities: {
                replace: boolean;
                regenerate: boolean;
              };
            };
          };
        };
      };
    };
    /**
     * Replace the sealing certificate with the firm's own (PKCS#12 in base64, with its passphrase)
     * @description Owners and admins, with a recent proof (403 `reauthentication_required`). The file must open with the passphrase, hold an RSA key and its certificate, valid now, and seal a test PDF that verifies; otherwise 400 with the reason on `p12` or `passphrase`, and nothing changes. Envelopes sealed before keep verifying.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            p12: string;
            passphrase: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              issuer: string;
              serialNumber: string;
              /** @description ISO 8601 UTC timestamp */
              notBefore: string;
              /** @description ISO 8601 UTC timestamp */
              notAfter: string;
              sha256Fingerprint: string;
              selfSigned: boolean;
              /** @enum {string} */
              origin: 'generated' | 'uploaded';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              replacedAt: string | null;
              abilities: {
                replace: boolean;
                regenerate: boolean;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-certificate/regenerate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the sealing certificate with a new self-signed one made by the portal
     * @description Owners and admins, with a recent proof (403 `reauthentication_required`).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              subject: string;
              issuer: string;
              serialNumber: string;
              /** @description ISO 8601 UTC timestamp */
              notBefore: string;
              /** @description ISO 8601 UTC timestamp */
              notAfter: string;
              sha256Fingerprint: string;
              selfSigned: boolean;
              /** @enum {string} */
              origin: 'generated' | 'uploaded';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              replacedAt: string | null;
              abilities: {
                replace: boolean;
                regenerate: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Envelopes across the caller's accounts, newest first (waitingOn=me: waiting on your signature) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
          waitingOn?: 'me';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                title: string;
                message: string;
                /** @enum {string} */
                source: 'document' | 'template';
                /** @enum {string} */
                mode: 'sequential' | 'parallel';
                /** @enum {string} */
                status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
                contentSha256: string;
                pageCount: number;
                completedSha256: string | null;
                completedDocumentId: string | null;
                expiresAt: string | null;
                voidReason: string | null;
                signers: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  userId: string;
                  name: string;
                  email: string;
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  position: number;
                  /** @enum {string} */
                  status: 'waiting' | 'signed' | 'declined';
                  awaiting: boolean;
                  signedAt: string | null;
                  declineReason: string | null;
                }[];
                fields: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  signerId: string;
                  /** @enum {string} */
                  kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                  page: number;
                  x: number;
                  y: number;
                  width: number;
                  height: number;
                  label: string;
                  required: boolean;
                  value: string | null;
                }[];
                events: {
                  kind: string;
                  signerId: string | null;
                  actorName: string | null;
                  /** @description ISO 8601 UTC timestamp */
                  occurredAt: string;
                  ip: string | null;
                  userAgent: string | null;
                  detail: string | null;
                }[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                closedAt: string | null;
                version: number;
                abilities: {
                  sign: boolean;
                  decline: boolean;
                  void: boolean;
                  remind: boolean;
                  download: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/signature-envelopes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's envelopes, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
          waitingOn?: 'me';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                title: string;
                message: string;
                /** @enum {string} */
                source: 'document' | 'template';
                /** @enum {string} */
                mode: 'sequential' | 'parallel';
                /** @enum {string} */
                status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
                contentSha256: string;
                pageCount: number;
                completedSha256: string | null;
                completedDocumentId: string | null;
                expiresAt: string | null;
                voidReason: string | null;
                signers: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  userId: string;
                  name: string;
                  email: string;
                  /** @enum {string} */
                  side: 'client' | 'firm';
                  position: number;
                  /** @enum {string} */
                  status: 'waiting' | 'signed' | 'declined';
                  awaiting: boolean;
                  signedAt: string | null;
                  declineReason: string | null;
                }[];
                fields: {
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  signerId: string;
                  /** @enum {string} */
                  kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                  page: number;
                  x: number;
                  y: number;
                  width: number;
                  height: number;
                  label: string;
                  required: boolean;
                  value: string | null;
                }[];
                events: {
                  kind: string;
                  signerId: string | null;
                  actorName: string | null;
                  /** @description ISO 8601 UTC timestamp */
                  occurredAt: string;
                  ip: string | null;
                  userAgent: string | null;
                  detail: string | null;
                }[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                closedAt: string | null;
                version: number;
                abilities: {
                  sign: boolean;
                  decline: boolean;
                  void: boolean;
                  remind: boolean;
                  download: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Send a PDF for signature (staff): a document of the account, or the engagement letter template */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            /** @default  */
            message?: string;
            source:
              | {
                  /** @enum {string} */
                  kind: 'document';
                  /** Format: uuid */
                  documentId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'template';
                  fees: {
                    amount: number;
                    currency: string;
                  };
                  /** Format: date */
                  date: string;
                  body?: string;
                };
            signerIds: string[];
            /**
             * @default sequential
             * @enum {string}
             */
            mode?: 'sequential' | 'parallel';
            fields?: {
              signer: number;
              /** @enum {string} */
              kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
              page: number;
              x: number;
              y: number;
              width: number;
              height: number;
              /** @default  */
              label?: string;
              /** @default true */
              required?: boolean;
            }[];
            /** @default null */
            expiresAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              message: string;
              /** @enum {string} */
              source: 'document' | 'template';
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              /** @enum {string} */
              status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
              contentSha256: string;
              pageCount: number;
              completedSha256: string | null;
              completedDocumentId: string | null;
              expiresAt: string | null;
              voidReason: string | null;
              signers: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                /** @enum {string} */
                status: 'waiting' | 'signed' | 'declined';
                awaiting: boolean;
                signedAt: string | null;
                declineReason: string | null;
              }[];
              fields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                signerId: string;
                /** @enum {string} */
                kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                page: number;
                x: number;
                y: number;
                width: number;
                height: number;
                label: string;
                required: boolean;
                value: string | null;
              }[];
              events: {
                kind: string;
                signerId: string | null;
                actorName: string | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                ip: string | null;
                userAgent: string | null;
                detail: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                sign: boolean;
                decline: boolean;
                void: boolean;
                remind: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/signature-envelopes/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The PDF an envelope would carry, before sending (staff place the fields on its pages) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            source:
              | {
                  /** @enum {string} */
                  kind: 'document';
                  /** Format: uuid */
                  documentId: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'template';
                  fees: {
                    amount: number;
                    currency: string;
                  };
                  /** Format: date */
                  date: string;
                  body?: string;
                };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One envelope */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              message: string;
              /** @enum {string} */
              source: 'document' | 'template';
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              /** @enum {string} */
              status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
              contentSha256: string;
              pageCount: number;
              completedSha256: string | null;
              completedDocumentId: string | null;
              expiresAt: string | null;
              voidReason: string | null;
              signers: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                /** @enum {string} */
                status: 'waiting' | 'signed' | 'declined';
                awaiting: boolean;
                signedAt: string | null;
                declineReason: string | null;
              }[];
              fields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                signerId: string;
                /** @enum {string} */
                kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                page: number;
                x: number;
                y: number;
                width: number;
                height: number;
                label: string;
                required: boolean;
                value: string | null;
              }[];
              events: {
                kind: string;
                signerId: string | null;
                actorName: string | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                ip: string | null;
                userAgent: string | null;
                detail: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                sign: boolean;
                decline: boolean;
                void: boolean;
                remind: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/document.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The PDF sent for signature (each view is recorded) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/signed.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed, sealed PDF with its certificate page */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the signed copy's seal is intact and its SHA-256 the one recorded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              valid: boolean;
              /** @enum {string} */
              reason: 'ok' | 'no_signature' | 'digest_mismatch' | 'bad_signature' | 'not_whole_file';
              signer: string | null;
              sha256: string;
              matchesRecord: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign: the caller's own signature, with consent, bound to contentSha256 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contentSha256: string;
            /** @enum {boolean} */
            consent: true;
            signature:
              | {
                  /** @enum {string} */
                  kind: 'typed';
                  name: string;
                }
              | {
                  /** @enum {string} */
                  kind: 'drawn';
                  image: string;
                };
            /** @default {} */
            values?: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              message: string;
              /** @enum {string} */
              source: 'document' | 'template';
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              /** @enum {string} */
              status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
              contentSha256: string;
              pageCount: number;
              completedSha256: string | null;
              completedDocumentId: string | null;
              expiresAt: string | null;
              voidReason: string | null;
              signers: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                /** @enum {string} */
                status: 'waiting' | 'signed' | 'declined';
                awaiting: boolean;
                signedAt: string | null;
                declineReason: string | null;
              }[];
              fields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                signerId: string;
                /** @enum {string} */
                kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                page: number;
                x: number;
                y: number;
                width: number;
                height: number;
                label: string;
                required: boolean;
                value: string | null;
              }[];
              events: {
                kind: string;
                signerId: string | null;
                actorName: string | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                ip: string | null;
                userAgent: string | null;
                detail: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                sign: boolean;
                decline: boolean;
                void: boolean;
                remind: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline to sign, with a reason (closes the envelope) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              message: string;
              /** @enum {string} */
              source: 'document' | 'template';
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              /** @enum {string} */
              status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
              contentSha256: string;
              pageCount: number;
              completedSha256: string | null;
              completedDocumentId: string | null;
              expiresAt: string | null;
              voidReason: string | null;
              signers: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                /** @enum {string} */
                status: 'waiting' | 'signed' | 'declined';
                awaiting: boolean;
                signedAt: string | null;
                declineReason: string | null;
              }[];
              fields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                signerId: string;
                /** @enum {string} */
                kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                page: number;
                x: number;
                y: number;
                width: number;
                height: number;
                label: string;
                required: boolean;
                value: string | null;
              }[];
              events: {
                kind: string;
                signerId: string | null;
                actorName: string | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                ip: string | null;
                userAgent: string | null;
                detail: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                sign: boolean;
                decline: boolean;
                void: boolean;
                remind: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void an open envelope (staff), with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              message: string;
              /** @enum {string} */
              source: 'document' | 'template';
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              /** @enum {string} */
              status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
              contentSha256: string;
              pageCount: number;
              completedSha256: string | null;
              completedDocumentId: string | null;
              expiresAt: string | null;
              voidReason: string | null;
              signers: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                /** @enum {string} */
                status: 'waiting' | 'signed' | 'declined';
                awaiting: boolean;
                signedAt: string | null;
                declineReason: string | null;
              }[];
              fields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                signerId: string;
                /** @enum {string} */
                kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                page: number;
                x: number;
                y: number;
                width: number;
                height: number;
                label: string;
                required: boolean;
                value: string | null;
              }[];
              events: {
                kind: string;
                signerId: string | null;
                actorName: string | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                ip: string | null;
                userAgent: string | null;
                detail: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                sign: boolean;
                decline: boolean;
                void: boolean;
                remind: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/signature-envelopes/{envelopeId}/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send the request again to the signers whose turn it is (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          envelopeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              title: string;
              message: string;
              /** @enum {string} */
              source: 'document' | 'template';
              /** @enum {string} */
              mode: 'sequential' | 'parallel';
              /** @enum {string} */
              status: 'sent' | 'completed' | 'declined' | 'voided' | 'expired';
              contentSha256: string;
              pageCount: number;
              completedSha256: string | null;
              completedDocumentId: string | null;
              expiresAt: string | null;
              voidReason: string | null;
              signers: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                userId: string;
                name: string;
                email: string;
                /** @enum {string} */
                side: 'client' | 'firm';
                position: number;
                /** @enum {string} */
                status: 'waiting' | 'signed' | 'declined';
                awaiting: boolean;
                signedAt: string | null;
                declineReason: string | null;
              }[];
              fields: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                signerId: string;
                /** @enum {string} */
                kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
                page: number;
                x: number;
                y: number;
                width: number;
                height: number;
                label: string;
                required: boolean;
                value: string | null;
              }[];
              events: {
                kind: string;
                signerId: string | null;
                actorName: string | null;
                /** @description ISO 8601 UTC timestamp */
                occurredAt: string;
                ip: string | null;
                userAgent: string | null;
                detail: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              closedAt: string | null;
              version: number;
              abilities: {
                sign: boolean;
                decline: boolean;
                void: boolean;
                remind: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/orders/by-external-id/{externalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Create or replace an order by the store’s own id (owners and admins, or their API tokens)
     * @description Idempotent: the same payload again changes nothing (200, no history entry, no email). `updatedAt` is the source’s change time: a request older than the stored order changes nothing and answers 200 with the stored order; the same `updatedAt` with other content is 409 `order_conflict`. A newer one replaces the order whole; a status change adds to its history and emails the account’s people (their `orders` email preference). 201 when the order is new. Tracking URLs come from the portal’s per-carrier templates (ORDERS_TRACKING_URL_TEMPLATES); a `trackingUrl` sent is used only for carriers without one, and only https.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
          externalId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            number: string;
            /**
             * Format: date-time
             * @description ISO 8601 time (stored in UTC)
             */
            placedAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time (stored in UTC)
             */
            updatedAt: string;
            /** @enum {string} */
            status:
              | 'placed'
              | 'paid'
              | 'partially_fulfilled'
              | 'fulfilled'
              | 'shipped'
              | 'delivered'
              | 'cancelled'
              | 'returned';
            /** @enum {string} */
            currency:
              | 'AED'
              | 'AUD'
              | 'BRL'
              | 'CAD'
              | 'CHF'
              | 'CNY'
              | 'CZK'
              | 'DKK'
              | 'EUR'
              | 'GBP'
              | 'HKD'
              | 'HUF'
              | 'ILS'
              | 'INR'
              | 'MXN'
              | 'NOK'
              | 'NZD'
              | 'PLN'
              | 'RON'
              | 'SEK'
              | 'SGD'
              | 'TRY'
              | 'USD'
              | 'ZAR'
              | 'BIF'
              | 'CLP'
              | 'DJF'
              | 'GNF'
              | 'ISK'
              | 'JPY'
              | 'KMF'
              | 'KRW'
              | 'PYG'
              | 'RWF'
              | 'UGX'
              | 'VND'
              | 'VUV'
              | 'XAF'
              | 'XOF'
              | 'XPF'
              | 'BHD'
              | 'IQD'
              | 'JOD'
              | 'KWD'
              | 'LYD'
              | 'OMR'
              | 'TND';
            lines: {
              sku: string;
              name: string;
              quantity: number;
              unitPrice: number;
              /** @default 0 */
              tax?: number;
            }[];
            /** @default null */
            shippingAddress?: {
              name: string;
              company?: string;
              line1: string;
              line2?: string;
              city: string;
              region?: string;
              postalCode?: string;
              country: string;
            } | null;
            /** @default null */
            billingAddress?: {
              name: string;
              company?: string;
              line1: string;
              line2?: string;
              city: string;
              region?: string;
              postalCode?: string;
              country: string;
            } | null;
            /** @default [] */
            shipments?: {
              carrier: string;
              trackingNumber: string;
              /** Format: uri */
              trackingUrl?: string;
              /**
               * Format: date-time
               * @description ISO 8601 time (stored in UTC)
               */
              shippedAt?: string;
              /**
               * Format: date-time
               * @description ISO 8601 time (stored in UTC)
               */
              deliveredAt?: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              externalId: string;
              number: string;
              /** @description ISO 8601 UTC timestamp */
              placedAt: string;
              /** @enum {string} */
              status:
                | 'placed'
                | 'paid'
                | 'partially_fulfilled'
                | 'fulfilled'
                | 'shipped'
                | 'delivered'
                | 'cancelled'
                | 'returned';
              total: {
                amount: number;
                currency: string;
              };
              lineCount: number;
              abilities: {
                fileTicket: boolean;
                update: boolean;
              };
              subtotal: {
                amount: number;
                currency: string;
              };
              tax: {
                amount: number;
                currency: string;
              };
              lines: {
                sku: string;
                name: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                amount: {
                  amount: number;
                  currency: string;
                };
                tax: {
                  amount: number;
                  currency: string;
                };
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              shippingAddress: {
                name: string;
                company?: string;
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
              } | null;
              billingAddress: {
                name: string;
                company?: string;
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
              } | null;
              shipments: {
                carrier: string;
                trackingNumber: string;
                trackingUrl: string | null;
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              history: {
                /** @enum {string} */
                status:
                  | 'placed'
                  | 'paid'
                  | 'partially_fulfilled'
                  | 'fulfilled'
                  | 'shipped'
                  | 'delivered'
                  | 'cancelled'
                  | 'returned';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              ticketIds: string[];
              /** @description ISO 8601 UTC timestamp */
              sourceUpdatedAt: string;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              externalId: string;
              number: string;
              /** @description ISO 8601 UTC timestamp */
              placedAt: string;
              /** @enum {string} */
              status:
                | 'placed'
                | 'paid'
                | 'partially_fulfilled'
                | 'fulfilled'
                | 'shipped'
                | 'delivered'
                | 'cancelled'
                | 'returned';
              total: {
                amount: number;
                currency: string;
              };
              lineCount: number;
              abilities: {
                fileTicket: boolean;
                update: boolean;
              };
              subtotal: {
                amount: number;
                currency: string;
              };
              tax: {
                amount: number;
                currency: string;
              };
              lines: {
                sku: string;
                name: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                amount: {
                  amount: number;
                  currency: string;
                };
                tax: {
                  amount: number;
                  currency: string;
                };
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              shippingAddress: {
                name: string;
                company?: string;
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
              } | null;
              billingAddress: {
                name: string;
                company?: string;
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
              } | null;
              shipments: {
                carrier: string;
                trackingNumber: string;
                trackingUrl: string | null;
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              history: {
                /** @enum {string} */
                status:
                  | 'placed'
                  | 'paid'
                  | 'partially_fulfilled'
                  | 'fulfilled'
                  | 'shipped'
                  | 'delivered'
                  | 'cancelled'
                  | 'returned';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              ticketIds: string[];
              /** @description ISO 8601 UTC timestamp */
              sourceUpdatedAt: string;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/orders/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import orders from CSV (owners and admins): all or nothing, or the good orders only with skipErrors
     * @description One row per line item; rows sharing an external_id make one order, upserted like the PUT. With a bad row nothing is imported (400, errors at `csv.<row>.<column>`, row 1 being the header) unless `skipErrors`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            csv: string;
            /** @default false */
            skipErrors?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              created: number;
              updated: number;
              unchanged: number;
              skipped: number;
              errors: {
                row: number;
                column: string;
                message: string;
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Orders across the caller’s accounts, newest placed first (status, accountId, q, placed dates, ticketId) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?:
            | 'placed'
            | 'paid'
            | 'partially_fulfilled'
            | 'fulfilled'
            | 'shipped'
            | 'delivered'
            | 'cancelled'
            | 'returned';
          q?: string;
          accountId?: string;
          placedFrom?: string;
          placedTo?: string;
          ticketId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                externalId: string;
                number: string;
                /** @description ISO 8601 UTC timestamp */
                placedAt: string;
                /** @enum {string} */
                status:
                  | 'placed'
                  | 'paid'
                  | 'partially_fulfilled'
                  | 'fulfilled'
                  | 'shipped'
                  | 'delivered'
                  | 'cancelled'
                  | 'returned';
                total: {
                  amount: number;
                  currency: string;
                };
                lineCount: number;
                abilities: {
                  fileTicket: boolean;
                  update: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An account's orders, newest placed first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?:
            | 'placed'
            | 'paid'
            | 'partially_fulfilled'
            | 'fulfilled'
            | 'shipped'
            | 'delivered'
            | 'cancelled'
            | 'returned';
          q?: string;
          accountId?: string;
          placedFrom?: string;
          placedTo?: string;
          ticketId?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                externalId: string;
                number: string;
                /** @description ISO 8601 UTC timestamp */
                placedAt: string;
                /** @enum {string} */
                status:
                  | 'placed'
                  | 'paid'
                  | 'partially_fulfilled'
                  | 'fulfilled'
                  | 'shipped'
                  | 'delivered'
                  | 'cancelled'
                  | 'returned';
                total: {
                  amount: number;
                  currency: string;
                };
                lineCount: number;
                abilities: {
                  fileTicket: boolean;
                  update: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One order with its status history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              externalId: string;
              number: string;
              /** @description ISO 8601 UTC timestamp */
              placedAt: string;
              /** @enum {string} */
              status:
                | 'placed'
                | 'paid'
                | 'partially_fulfilled'
                | 'fulfilled'
                | 'shipped'
                | 'delivered'
                | 'cancelled'
                | 'returned';
              total: {
                amount: number;
                currency: string;
              };
              lineCount: number;
              abilities: {
                fileTicket: boolean;
                update: boolean;
              };
              subtotal: {
                amount: number;
                currency: string;
              };
              tax: {
                amount: number;
                currency: string;
              };
              lines: {
                sku: string;
                name: string;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
                amount: {
                  amount: number;
                  currency: string;
                };
                tax: {
                  amount: number;
                  currency: string;
                };
                total: {
                  amount: number;
                  currency: string;
                };
              }[];
              shippingAddress: {
                name: string;
                company?: string;
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
              } | null;
              billingAddress: {
                name: string;
                company?: string;
                line1: string;
                line2?: string;
                city: string;
                region?: string;
                postalCode?: string;
                country: string;
              } | null;
              shipments: {
                carrier: string;
                trackingNumber: string;
                trackingUrl: string | null;
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              history: {
                /** @enum {string} */
                status:
                  | 'placed'
                  | 'paid'
                  | 'partially_fulfilled'
                  | 'fulfilled'
                  | 'shipped'
                  | 'delivered'
                  | 'cancelled'
                  | 'returned';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              ticketIds: string[];
              /** @description ISO 8601 UTC timestamp */
              sourceUpdatedAt: string;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File a ticket about this order (the account’s people); agents see the order beside it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              ticketId: string;
              number: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/segments/{segmentId}/return-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A segment’s return policy (the defaults when none was set) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              windowDays: number;
              nonReturnable: string[];
              reasons: string[];
              resolutions: ('refund' | 'exchange' | 'store_credit')[];
              photosRequired: boolean;
            };
          };
        };
      };
    };
    /** Set a segment’s return policy (owners and admins) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          segmentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            windowDays: number;
            nonReturnable: string[];
            reasons: string[];
            resolutions: ('refund' | 'exchange' | 'store_credit')[];
            photosRequired: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              windowDays: number;
              nonReturnable: string[];
              reasons: string[];
              resolutions: ('refund' | 'exchange' | 'store_credit')[];
              photosRequired: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/return-eligibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What may be returned from an order, line by line, and why not */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              orderId: string;
              deliveredAt: string | null;
              windowEndsAt: string | null;
              lines: {
                index: number;
                sku: string;
                name: string;
                ordered: number;
                delivered: number;
                returned: number;
                available: number;
                blockedBy: ('not_delivered' | 'window_closed' | 'non_returnable' | 'fully_returned') | null;
              }[];
              policy: {
                windowDays: number;
                nonReturnable: string[];
                reasons: string[];
                resolutions: ('refund' | 'exchange' | 'store_credit')[];
                photosRequired: boolean;
              };
              abilities: {
                create: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/return-steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every step of the order's returns, oldest first, for the order's timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                returnId: string;
                number: string;
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orders/{orderId}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open a return (the account’s people): lines and quantities, a reason, photos, a resolution
     * @description Never more than delivered minus what other returns take, inside the window, on returnable SKUs: 400 with an error per line otherwise (`lines.<n>.quantity`). Two returns at once are counted one after the other.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orderId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            lines: {
              index: number;
              quantity: number;
            }[];
            reason: string;
            /** @enum {string} */
            resolution: 'refund' | 'exchange' | 'store_credit';
            note?: string;
            /** @default [] */
            photoIds?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              orderId: string;
              orderNumber: string;
              /** @enum {string} */
              status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
              /** @enum {string} */
              resolution: 'refund' | 'exchange' | 'store_credit';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                decide: boolean;
                uploadLabel: boolean;
                progress: boolean;
              };
              reason: string;
              note: string | null;
              lines: {
                index: number;
                sku: string;
                name: string;
                requested: number;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
              }[];
              photos: {
                /** Format: uuid */
                id: string;
                contentType: string;
                size: number;
              }[];
              instructions: string | null;
              rejectionReason: string | null;
              label: {
                contentType: string;
                size: number;
              } | null;
              refund: {
                amount: {
                  amount: number;
                  currency: string;
                };
                note: string | null;
                /** @description ISO 8601 UTC timestamp */
                at: string;
                creditNote: {
                  /** Format: uuid */
                  id: string;
                  number: string;
                } | null;
              } | null;
              events: {
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Returns across the caller’s accounts, newest first (status, accountId, orderId) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
          status?: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
          accountId?: string;
          orderId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                number: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** Format: uuid */
                orderId: string;
                orderNumber: string;
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @enum {string} */
                resolution: 'refund' | 'exchange' | 'store_credit';
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                abilities: {
                  decide: boolean;
                  uploadLabel: boolean;
                  progress: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{returnId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One return with its lines, photos and steps */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          returnId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              orderId: string;
              orderNumber: string;
              /** @enum {string} */
              status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
              /** @enum {string} */
              resolution: 'refund' | 'exchange' | 'store_credit';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                decide: boolean;
                uploadLabel: boolean;
                progress: boolean;
              };
              reason: string;
              note: string | null;
              lines: {
                index: number;
                sku: string;
                name: string;
                requested: number;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
              }[];
              photos: {
                /** Format: uuid */
                id: string;
                contentType: string;
                size: number;
              }[];
              instructions: string | null;
              rejectionReason: string | null;
              label: {
                contentType: string;
                size: number;
              } | null;
              refund: {
                amount: {
                  amount: number;
                  currency: string;
                };
                note: string | null;
                /** @description ISO 8601 UTC timestamp */
                at: string;
                creditNote: {
                  /** Format: uuid */
                  id: string;
                  number: string;
                } | null;
              } | null;
              events: {
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{returnId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve (whole or in part, with instructions) or reject (with a reason) a requested return (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          returnId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                decision: 'approve';
                lines?: {
                  index: number;
                  quantity: number;
                }[];
                instructions: string;
              }
            | {
                /** @enum {string} */
                decision: 'reject';
                reason: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              orderId: string;
              orderNumber: string;
              /** @enum {string} */
              status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
              /** @enum {string} */
              resolution: 'refund' | 'exchange' | 'store_credit';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                decide: boolean;
                uploadLabel: boolean;
                progress: boolean;
              };
              reason: string;
              note: string | null;
              lines: {
                index: number;
                sku: string;
                name: string;
                requested: number;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
              }[];
              photos: {
                /** Format: uuid */
                id: string;
                contentType: string;
                size: number;
              }[];
              instructions: string | null;
              rejectionReason: string | null;
              label: {
                contentType: string;
                size: number;
              } | null;
              refund: {
                amount: {
                  amount: number;
                  currency: string;
                };
                note: string | null;
                /** @description ISO 8601 UTC timestamp */
                at: string;
                creditNote: {
                  /** Format: uuid */
                  id: string;
                  number: string;
                } | null;
              } | null;
              events: {
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{returnId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an approved return on: received, inspected, refunded (with the amount) or exchanged (staff) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          returnId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                status: 'received';
              }
            | {
                /** @enum {string} */
                status: 'inspected';
              }
            | {
                /** @enum {string} */
                status: 'refunded';
                amount: number;
                note?: string;
              }
            | {
                /** @enum {string} */
                status: 'exchanged';
                note?: string;
              };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              orderId: string;
              orderNumber: string;
              /** @enum {string} */
              status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
              /** @enum {string} */
              resolution: 'refund' | 'exchange' | 'store_credit';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                decide: boolean;
                uploadLabel: boolean;
                progress: boolean;
              };
              reason: string;
              note: string | null;
              lines: {
                index: number;
                sku: string;
                name: string;
                requested: number;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
              }[];
              photos: {
                /** Format: uuid */
                id: string;
                contentType: string;
                size: number;
              }[];
              instructions: string | null;
              rejectionReason: string | null;
              label: {
                contentType: string;
                size: number;
              } | null;
              refund: {
                amount: {
                  amount: number;
                  currency: string;
                };
                note: string | null;
                /** @description ISO 8601 UTC timestamp */
                at: string;
                creditNote: {
                  /** Format: uuid */
                  id: string;
                  number: string;
                } | null;
              } | null;
              events: {
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{returnId}/label/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The return label (PDF or image) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          returnId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{returnId}/photos/{photoId}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A photo of a return */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          returnId: string;
          photoId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/return-photos': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a photo for a return about to be opened (raw PNG, JPEG, WebP, GIF or HEIC body) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              contentType: string;
              size: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/returns/{returnId}/label': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add the return label of an approved return (staff or the store’s API token; raw PDF or image) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          returnId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              number: string;
              /** Format: uuid */
              accountId: string;
              accountName: string;
              /** Format: uuid */
              orderId: string;
              orderNumber: string;
              /** @enum {string} */
              status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
              /** @enum {string} */
              resolution: 'refund' | 'exchange' | 'store_credit';
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              abilities: {
                decide: boolean;
                uploadLabel: boolean;
                progress: boolean;
              };
              reason: string;
              note: string | null;
              lines: {
                index: number;
                sku: string;
                name: string;
                requested: number;
                quantity: number;
                unitPrice: {
                  amount: number;
                  currency: string;
                };
              }[];
              photos: {
                /** Format: uuid */
                id: string;
                contentType: string;
                size: number;
              }[];
              instructions: string | null;
              rejectionReason: string | null;
              label: {
                contentType: string;
                size: number;
              } | null;
              refund: {
                amount: {
                  amount: number;
                  currency: string;
                };
                note: string | null;
                /** @description ISO 8601 UTC timestamp */
                at: string;
                creditNote: {
                  /** Format: uuid */
                  id: string;
                  number: string;
                } | null;
              } | null;
              events: {
                /** @enum {string} */
                status: 'requested' | 'approved' | 'rejected' | 'received' | 'inspected' | 'refunded' | 'exchanged';
                /** @description ISO 8601 UTC timestamp */
                at: string;
              }[];
              version: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Webhook subscriptions (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                url: string;
                description: string;
                eventTypes: (
                  | 'message.created'
                  | 'ticket.created'
                  | 'ticket.updated'
                  | 'document.uploaded'
                  | 'file_request.submitted'
                  | 'invoice.sent'
                  | 'invoice.paid'
                  | 'payment.failed'
                  | 'retainer.overage_requested'
                  | 'task.created'
                  | 'task.completed'
                  | 'order.created'
                  | 'order.updated'
                  | 'order.status_changed'
                  | 'return.opened'
                  | 'return.approved'
                  | 'return.rejected'
                  | 'return.received'
                  | 'return.inspected'
                  | 'return.refunded'
                  | 'return.exchanged'
                )[];
                /** @enum {string} */
                status: 'active' | 'disabled';
                disabledReason: string | null;
                disabledAt: string | null;
                lastSuccessAt: string | null;
                previousSecretExpiresAt: string | null;
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                /** @description ISO 8601 UTC timestamp */
                updatedAt: string;
                version: number;
                abilities: {
                  update: boolean;
                  delete: boolean;
                  rotateSecret: boolean;
                };
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a webhook subscription (admins); the answer shows its secret once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            url: string;
            /** @default  */
            description?: string;
            eventTypes: (
              | 'message.created'
              | 'ticket.created'
              | 'ticket.updated'
              | 'document.uploaded'
              | 'file_request.submitted'
              | 'invoice.sent'
              | 'invoice.paid'
              | 'payment.failed'
              | 'retainer.overage_requested'
              | 'task.created'
              | 'task.completed'
              | 'order.created'
              | 'order.updated'
              | 'order.status_changed'
              | 'return.opened'
              | 'return.approved'
              | 'return.rejected'
              | 'return.received'
              | 'return.inspected'
              | 'return.refunded'
              | 'return.exchanged'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              eventTypes: (
                | 'message.created'
                | 'ticket.created'
                | 'ticket.updated'
                | 'document.uploaded'
                | 'file_request.submitted'
                | 'invoice.sent'
                | 'invoice.paid'
                | 'payment.failed'
                | 'retainer.overage_requested'
                | 'task.created'
                | 'task.completed'
                | 'order.created'
                | 'order.updated'
                | 'order.status_changed'
                | 'return.opened'
                | 'return.approved'
                | 'return.rejected'
                | 'return.received'
                | 'return.inspected'
                | 'return.refunded'
                | 'return.exchanged'
              )[];
              /** @enum {string} */
              status: 'active' | 'disabled';
              disabledReason: string | null;
              disabledAt: string | null;
              lastSuccessAt: string | null;
              previousSecretExpiresAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSecret: boolean;
              };
              secret: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/subscriptions/{webhookId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A webhook subscription (admins) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              eventTypes: (
                | 'message.created'
                | 'ticket.created'
                | 'ticket.updated'
                | 'document.uploaded'
                | 'file_request.submitted'
                | 'invoice.sent'
                | 'invoice.paid'
                | 'payment.failed'
                | 'retainer.overage_requested'
                | 'task.created'
                | 'task.completed'
                | 'order.created'
                | 'order.updated'
                | 'order.status_changed'
                | 'return.opened'
                | 'return.approved'
                | 'return.rejected'
                | 'return.received'
                | 'return.inspected'
                | 'return.refunded'
                | 'return.exchanged'
              )[];
              /** @enum {string} */
              status: 'active' | 'disabled';
              disabledReason: string | null;
              disabledAt: string | null;
              lastSuccessAt: string | null;
              previousSecretExpiresAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSecret: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a webhook subscription and its log (admins) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change, disable or enable a webhook subscription (admins; If-Match: version) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            url?: string;
            description?: string;
            eventTypes?: (
              | 'message.created'
              | 'ticket.created'
              | 'ticket.updated'
              | 'document.uploaded'
              | 'file_request.submitted'
              | 'invoice.sent'
              | 'invoice.paid'
              | 'payment.failed'
              | 'retainer.overage_requested'
              | 'task.created'
              | 'task.completed'
              | 'order.created'
              | 'order.updated'
              | 'order.status_changed'
              | 'return.opened'
              | 'return.approved'
              | 'return.rejected'
              | 'return.received'
              | 'return.inspected'
              | 'return.refunded'
              | 'return.exchanged'
            )[];
            enabled?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              eventTypes: (
                | 'message.created'
                | 'ticket.created'
                | 'ticket.updated'
                | 'document.uploaded'
                | 'file_request.submitted'
                | 'invoice.sent'
                | 'invoice.paid'
                | 'payment.failed'
                | 'retainer.overage_requested'
                | 'task.created'
                | 'task.completed'
                | 'order.created'
                | 'order.updated'
                | 'order.status_changed'
                | 'return.opened'
                | 'return.approved'
                | 'return.rejected'
                | 'return.received'
                | 'return.inspected'
                | 'return.refunded'
                | 'return.exchanged'
              )[];
              /** @enum {string} */
              status: 'active' | 'disabled';
              disabledReason: string | null;
              disabledAt: string | null;
              lastSuccessAt: string | null;
              previousSecretExpiresAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSecret: boolean;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/webhooks/subscriptions/{webhookId}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** New signing secret (admins); the old one keeps signing for 24 hours */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              url: string;
              description: string;
              eventTypes: (
                | 'message.created'
                | 'ticket.created'
                | 'ticket.updated'
                | 'document.uploaded'
                | 'file_request.submitted'
                | 'invoice.sent'
                | 'invoice.paid'
                | 'payment.failed'
                | 'retainer.overage_requested'
                | 'task.created'
                | 'task.completed'
                | 'order.created'
                | 'order.updated'
                | 'order.status_changed'
                | 'return.opened'
                | 'return.approved'
                | 'return.rejected'
                | 'return.received'
                | 'return.inspected'
                | 'return.refunded'
                | 'return.exchanged'
              )[];
              /** @enum {string} */
              status: 'active' | 'disabled';
              disabledReason: string | null;
              disabledAt: string | null;
              lastSuccessAt: string | null;
              previousSecretExpiresAt: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              /** @description ISO 8601 UTC timestamp */
              updatedAt: string;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
                rotateSecret: boolean;
              };
              secret: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/subscriptions/{webhookId}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery log of a subscription, newest first, with every attempt (admins) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path: {
          webhookId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                subscriptionId: string;
                eventId: string;
                eventType: string;
                /** @enum {string} */
                status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
                attempts: number;
                nextAttemptAt: string | null;
                replayOf: string | null;
                requestBody: string;
                attemptLog: {
                  /** Format: uuid */
                  id: string;
                  /** @description ISO 8601 UTC timestamp */
                  attemptedAt: string;
                  durationMs: number;
                  responseStatus: number | null;
                  responseBody: string | null;
                  error: string | null;
                }[];
                /** @description ISO 8601 UTC timestamp */
                createdAt: string;
                abilities: {
                  replay: boolean;
                };
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/webhooks/deliveries/{deliveryId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivery again (admins) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          deliveryId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              /** Format: uuid */
              subscriptionId: string;
              eventId: string;
              eventType: string;
              /** @enum {string} */
              status: 'pending' | 'succeeded' | 'failed' | 'cancelled';
              attempts: number;
              nextAttemptAt: string | null;
              replayOf: string | null;
              requestBody: string;
              attemptLog: {
                /** Format: uuid */
                id: string;
                /** @description ISO 8601 UTC timestamp */
                attemptedAt: string;
                durationMs: number;
                responseStatus: number | null;
                responseBody: string | null;
                error: string | null;
              }[];
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              abilities: {
                replay: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import: its columns, the latest run’s progress, counts and first errors */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              fileName: string;
              sizeBytes: number;
              /** @enum {string} */
              delimiter: ',' | ';';
              columns: string[];
              suggestedMapping: {
                accountName?: string;
                externalId?: string;
                segment?: string;
                email?: string;
                personName?: string;
                role?: string;
                language?: string;
              };
              totalRows: number;
              /** @enum {string} */
              status: 'uploaded' | 'queued' | 'running' | 'done' | 'failed';
              dryRun: boolean;
              settings: {
                dryRun: boolean;
                mapping: {
                  accountName?: string;
                  externalId?: string;
                  segment?: string;
                  email?: string;
                  personName?: string;
                  role?: string;
                  language?: string;
                };
                /**
                 * @default externalId
                 * @enum {string}
                 */
                matchAccountsBy: 'externalId' | 'name';
                /**
                 * @default update
                 * @enum {string}
                 */
                existingAccounts: 'skip' | 'update';
                /**
                 * @default skip
                 * @enum {string}
                 */
                existingPeople: 'skip' | 'update';
                /** @default null */
                defaultSegmentId: string | null;
                /** @default false */
                sendInvitations: boolean;
              } | null;
              processedRows: number;
              counts: {
                rows: number;
                accountsCreated: number;
                accountsUpdated: number;
                accountsUnchanged: number;
                accountsSkipped: number;
                peopleCreated: number;
                peopleUpdated: number;
                peopleUnchanged: number;
                peopleSkipped: number;
                membershipsCreated: number;
                membershipsUpdated: number;
                invitationsSent: number;
                rowsWithErrors: number;
              };
              dryRunCounts: {
                rows: number;
                accountsCreated: number;
                accountsUpdated: number;
                accountsUnchanged: number;
                accountsSkipped: number;
                peopleCreated: number;
                peopleUpdated: number;
                peopleUnchanged: number;
                peopleSkipped: number;
                membershipsCreated: number;
                membershipsUpdated: number;
                invitationsSent: number;
                rowsWithErrors: number;
              } | null;
              imported: boolean;
              failure: string | null;
              invitations: {
                queued: number;
                sent: number;
              };
              errorSample: {
                row: number;
                /** @enum {string} */
                account: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                /** @enum {string} */
                person: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                /** @enum {string} */
                membership: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                errors: {
                  column: string;
                  code: string;
                  message: string;
                }[];
              }[];
              errorsUrl: string | null;
              reportUrl: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              abilities: {
                run: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{importId}/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a dry run or the import in the background (202; follow it with GET) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          importId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dryRun: boolean;
            mapping: {
              accountName?: string;
              externalId?: string;
              segment?: string;
              email?: string;
              personName?: string;
              role?: string;
              language?: string;
            };
            /**
             * @default externalId
             * @enum {string}
             */
            matchAccountsBy?: 'externalId' | 'name';
            /**
             * @default update
             * @enum {string}
             */
            existingAccounts?: 'skip' | 'update';
            /**
             * @default skip
             * @enum {string}
             */
            existingPeople?: 'skip' | 'update';
            /** @default null */
            defaultSegmentId?: string | null;
            /** @default false */
            sendInvitations?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              fileName: string;
              sizeBytes: number;
              /** @enum {string} */
              delimiter: ',' | ';';
              columns: string[];
              suggestedMapping: {
                accountName?: string;
                externalId?: string;
                segment?: string;
                email?: string;
                personName?: string;
                role?: string;
                language?: string;
              };
              totalRows: number;
              /** @enum {string} */
              status: 'uploaded' | 'queued' | 'running' | 'done' | 'failed';
              dryRun: boolean;
              settings: {
                dryRun: boolean;
                mapping: {
                  accountName?: string;
                  externalId?: string;
                  segment?: string;
                  email?: string;
                  personName?: string;
                  role?: string;
                  language?: string;
                };
                /**
                 * @default externalId
                 * @enum {string}
                 */
                matchAccountsBy: 'externalId' | 'name';
                /**
                 * @default update
                 * @enum {string}
                 */
                existingAccounts: 'skip' | 'update';
                /**
                 * @default skip
                 * @enum {string}
                 */
                existingPeople: 'skip' | 'update';
                /** @default null */
                defaultSegmentId: string | null;
                /** @default false */
                sendInvitations: boolean;
              } | null;
              processedRows: number;
              counts: {
                rows: number;
                accountsCreated: number;
                accountsUpdated: number;
                accountsUnchanged: number;
                accountsSkipped: number;
                peopleCreated: number;
                peopleUpdated: number;
                peopleUnchanged: number;
                peopleSkipped: number;
                membershipsCreated: number;
                membershipsUpdated: number;
                invitationsSent: number;
                rowsWithErrors: number;
              };
              dryRunCounts: {
                rows: number;
                accountsCreated: number;
                accountsUpdated: number;
                accountsUnchanged: number;
                accountsSkipped: number;
                peopleCreated: number;
                peopleUpdated: number;
                peopleUnchanged: number;
                peopleSkipped: number;
                membershipsCreated: number;
                membershipsUpdated: number;
                invitationsSent: number;
                rowsWithErrors: number;
              } | null;
              imported: boolean;
              failure: string | null;
              invitations: {
                queued: number;
                sent: number;
              };
              errorSample: {
                row: number;
                /** @enum {string} */
                account: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                /** @enum {string} */
                person: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                /** @enum {string} */
                membership: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                errors: {
                  column: string;
                  code: string;
                  message: string;
                }[];
              }[];
              errorsUrl: string | null;
              reportUrl: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              abilities: {
                run: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{importId}/errors.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest run’s errors as CSV: row, column, code, message */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{importId}/report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest run’s report as CSV: what each row did (or would do) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          importId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a CSV file of accounts and people (the file as the body, text/csv; UTF-8 with or without BOM, comma or semicolon, at most 20 MB and 200,000 rows) */
    post: {
      parameters: {
        query?: {
          fileName?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              fileName: string;
              sizeBytes: number;
              /** @enum {string} */
              delimiter: ',' | ';';
              columns: string[];
              suggestedMapping: {
                accountName?: string;
                externalId?: string;
                segment?: string;
                email?: string;
                personName?: string;
                role?: string;
                language?: string;
              };
              totalRows: number;
              /** @enum {string} */
              status: 'uploaded' | 'queued' | 'running' | 'done' | 'failed';
              dryRun: boolean;
              settings: {
                dryRun: boolean;
                mapping: {
                  accountName?: string;
                  externalId?: string;
                  segment?: string;
                  email?: string;
                  personName?: string;
                  role?: string;
                  language?: string;
                };
                /**
                 * @default externalId
                 * @enum {string}
                 */
                matchAccountsBy: 'externalId' | 'name';
                /**
                 * @default update
                 * @enum {string}
                 */
                existingAccounts: 'skip' | 'update';
                /**
                 * @default skip
                 * @enum {string}
                 */
                existingPeople: 'skip' | 'update';
                /** @default null */
                defaultSegmentId: string | null;
                /** @default false */
                sendInvitations: boolean;
              } | null;
              processedRows: number;
              counts: {
                rows: number;
                accountsCreated: number;
                accountsUpdated: number;
                accountsUnchanged: number;
                accountsSkipped: number;
                peopleCreated: number;
                peopleUpdated: number;
                peopleUnchanged: number;
                peopleSkipped: number;
                membershipsCreated: number;
                membershipsUpdated: number;
                invitationsSent: number;
                rowsWithErrors: number;
              };
              dryRunCounts: {
                rows: number;
                accountsCreated: number;
                accountsUpdated: number;
                accountsUnchanged: number;
                accountsSkipped: number;
                peopleCreated: number;
                peopleUpdated: number;
                peopleUnchanged: number;
                peopleSkipped: number;
                membershipsCreated: number;
                membershipsUpdated: number;
                invitationsSent: number;
                rowsWithErrors: number;
              } | null;
              imported: boolean;
              failure: string | null;
              invitations: {
                queued: number;
                sent: number;
              };
              errorSample: {
                row: number;
                /** @enum {string} */
                account: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                /** @enum {string} */
                person: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                /** @enum {string} */
                membership: 'created' | 'updated' | 'unchanged' | 'skipped' | 'repeated' | 'none' | 'error';
                errors: {
                  column: string;
                  code: string;
                  message: string;
                }[];
              }[];
              errorsUrl: string | null;
              reportUrl: string | null;
              /** @description ISO 8601 UTC timestamp */
              createdAt: string;
              startedAt: string | null;
              finishedAt: string | null;
              abilities: {
                run: boolean;
                download: boolean;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/console/waiting': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What is waiting on the firm, per account: tickets due or breached, unanswered messages, file requests to review
     * @description Accounts of the caller’s scope with anything waiting (limited agents: their assigned accounts), busiest first. Counts of modules switched off for an account’s segment are left out.
     */
    get: {
      parameters: {
        query?: {
          module?: string;
          accountId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accounts: {
                /** Format: uuid */
                accountId: string;
                accountName: string;
                counts: {
                  key: string;
                  module: string;
                  count: number;
                  link: string;
                }[];
                abilities: {
                  open: boolean;
                };
              }[];
              totals: {
                key: string;
                module: string;
                count: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/home-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The portal home’s counts for one of the caller’s accounts: open tickets, unread messages, file requests */
    get: {
      parameters: {
        query?: {
          module?: string;
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              accountId: string;
              counts: {
                key: string;
                module: string;
                count: number;
                link: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/accounts/{accountId}/obligations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One side of an account’s obligations timeline, overdue first
     * @description side=firm: what the firm owes the account (tickets under SLA, staff tasks, promised deliverables); side=client: what the account owes (file requests, tasks assigned to its people, invoices due). Built from every module switched on for the account’s segment. People never see staff-only items.
     */
    get: {
      parameters: {
        query: {
          limit?: number;
          cursor?: string;
          side: 'firm' | 'client';
        };
        header?: never;
        path: {
          accountId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                side: 'firm' | 'client';
                module: string;
                kind: string;
                title: string;
                owner: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                dueAt: string | null;
                dueDate: string | null;
                overdue: boolean;
                state: string;
                link: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/console/waiting/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** "Waiting on us": the firm’s side of every account in the caller’s scope, by due time */
    get: {
      parameters: {
        query?: {
          limit?: number;
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                accountId: string;
                accountName: string;
                /** @enum {string} */
                side: 'firm' | 'client';
                module: string;
                kind: string;
                title: string;
                owner: {
                  /** Format: uuid */
                  id: string;
                  name: string;
                } | null;
                dueAt: string | null;
                dueDate: string | null;
                overdue: boolean;
                state: string;
                link: string;
              }[];
              nextCursor: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the caller has a calendar feed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string | null;
              url?: string;
            };
          };
        };
      };
    };
    /**
     * Make or rotate the caller’s calendar feed; the secret URL is in this answer only
     * @description A rotation replaces the previous URL at once (404 from then on). No Idempotency-Key: the answer holds a secret that is never stored.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string | null;
              url?: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Revoke the caller’s calendar feed (its URL answers 404) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              active: boolean;
              createdAt: string | null;
              url?: string;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person’s own due dates as iCalendar (`/api/v1/calendar/<token>.ics`) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FormFieldInput:
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'text';
          /** @default 200 */
          maxLength: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'long_text';
          /** @default 5000 */
          maxLength: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'number';
          min?: number;
          max?: number;
          /** @default false */
          integer: boolean;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'date';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'single_choice';
          options: {
            value: string;
            label: string;
          }[];
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'multiple_choice';
          options: {
            value: string;
            label: string;
          }[];
          maxSelected?: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'yes_no';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'file';
          /** @default 5 */
          maxFiles: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'address';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'signature';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'section';
          fields: components['schemas']['FormFieldInput'][];
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'group';
          /** @default 0 */
          minItems: number;
          /** @default 10 */
          maxItems: number;
          fields: components['schemas']['FormFieldInput'][];
        };
    FormField:
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'text';
          /** @default 200 */
          maxLength: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'long_text';
          /** @default 5000 */
          maxLength: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'number';
          min?: number;
          max?: number;
          /** @default false */
          integer: boolean;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'date';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'single_choice';
          options: {
            value: string;
            label: string;
          }[];
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'multiple_choice';
          options: {
            value: string;
            label: string;
          }[];
          maxSelected?: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'yes_no';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'file';
          /** @default 5 */
          maxFiles: number;
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'address';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'signature';
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'section';
          fields: components['schemas']['FormField'][];
        }
      | {
          key: string;
          label: string;
          help?: string;
          /** @default false */
          required: boolean;
          showIf?: {
            field: string;
            equals: string | number | boolean;
          };
          /** @constant */
          type: 'group';
          /** @default 0 */
          minItems: number;
          /** @default 10 */
          maxItems: number;
          fields: components['schemas']['FormField'][];
        };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
