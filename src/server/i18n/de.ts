import type { MessageKey } from './en.ts';

/** German: formal address ("Sie") throughout, as a business portal writes to its clients. */
export const de: Record<MessageKey, string> = {
  'mail.footer': 'Sie erhalten diese E-Mail, weil Sie Zugang zu {portal} haben.',
  'mail.ignore': 'Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.',
  'mail.invitation.subject': 'Sie sind zu {target} auf {portal} eingeladen',
  'mail.invitation.body':
    '{inviter} hat Sie eingeladen, {target} auf {portal} beizutreten. Die Einladung ist 7 Tage gültig.',
  'mail.invitation.button': 'Einladung annehmen',
  'mail.invitation.staffTarget': 'dem Team von {portal}',
  'mail.reset.subject': 'Ihr Passwort für {portal} zurücksetzen',
  'mail.reset.body':
    'Jemand hat angefordert, das Passwort Ihres Kontos bei {portal} zurückzusetzen. Der Link funktioniert einmal, 30 Minuten lang.',
  'mail.reset.button': 'Neues Passwort wählen',
  'mail.magic.subject': 'Ihr Anmeldelink für {portal}',
  'mail.magic.body': 'Mit diesem Link melden Sie sich bei {portal} an. Er funktioniert einmal, 15 Minuten lang.',
  'mail.magic.button': 'Anmelden',
  'mail.locked.subject': 'Anmeldung bei {portal} nach Fehlversuchen pausiert',
  'mail.locked.body':
    'Wir haben {count, plural, one {# fehlgeschlagenen Anmeldeversuch} other {# fehlgeschlagene Anmeldeversuche}} bei Ihrem Konto bemerkt, daher ist die Anmeldung für {minutes, plural, one {# Minute} other {# Minuten}} pausiert. Falls Sie das nicht waren, sollten Sie Ihr Passwort zurücksetzen.',
  'mail.locked.button': 'Passwort zurücksetzen',
  'mail.notice.passwordChanged.subject': 'Ihr Passwort für {portal} wurde geändert',
  'mail.notice.passwordChanged.body':
    'Das Passwort Ihres Kontos bei {portal} wurde am {time} (UTC) geändert. Ihre anderen Sitzungen wurden abgemeldet.',
  'mail.notice.passwordReset.subject': 'Ihr Passwort für {portal} wurde zurückgesetzt',
  'mail.notice.passwordReset.body':
    'Das Passwort Ihres Kontos bei {portal} wurde am {time} (UTC) über einen per E-Mail gesendeten Link zurückgesetzt. Alle Sitzungen wurden abgemeldet und {tokens} persönliche API-Tokens widerrufen.',
  'mail.notice.twoFactorEnabled.subject': 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bei {portal} aktiv',
  'mail.notice.twoFactorEnabled.body':
    'Die Zwei-Faktor-Authentifizierung wurde am {time} (UTC) für Ihr Konto bei {portal} eingeschaltet. Zur Anmeldung brauchen Sie nun auch einen Code aus Ihrer Authenticator-App.',
  'mail.notice.twoFactorDisabled.subject': 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto bei {portal} aus',
  'mail.notice.twoFactorDisabled.body':
    'Die Zwei-Faktor-Authentifizierung wurde am {time} (UTC) für Ihr Konto bei {portal} ausgeschaltet. Zur Anmeldung genügt nun Ihr Passwort.',
  'mail.notice.apiTokenCreated.subject': 'Für Ihr Konto bei {portal} wurde ein neues API-Token erstellt',
  'mail.notice.apiTokenCreated.body':
    'Am {time} (UTC) wurde für Ihr Konto bei {portal} ein persönliches API-Token namens „{name}“ ({scopes}) erstellt. Es handelt mit Ihren Rechten, bis es abläuft oder Sie es widerrufen.',
  'mail.notice.passkeyAdded.subject': 'Ihrem Konto bei {portal} wurde ein Passkey hinzugefügt',
  'mail.notice.passkeyAdded.body':
    'Am {time} (UTC) wurde Ihrem Konto bei {portal} ein Passkey namens „{name}“ hinzugefügt. Mit ihm allein kann man sich bei Ihrem Konto anmelden.',
  'mail.notice.passkeyRemoved.subject': 'Ein Passkey wurde aus Ihrem Konto bei {portal} entfernt',
  'mail.notice.passkeyRemoved.body':
    'Der Passkey namens „{name}“ wurde am {time} (UTC) aus Ihrem Konto bei {portal} entfernt. Mit ihm ist keine Anmeldung mehr möglich.',
  'mail.notice.notYou':
    'Falls Sie das nicht waren, setzen Sie sofort Ihr Passwort zurück und prüfen Sie Ihre Sicherheitseinstellungen.',
  'mail.notice.button': 'Sicherheitseinstellungen prüfen',
  'mail.fileRequest.subject': '{portal}: Bitte laden Sie „{title}“ hoch',
  'mail.fileRequest.body': '{requester} bittet {account} um: {title}.',
  'mail.fileRequest.due': 'Fällig bis {date}.',
  'mail.fileRequest.returned.subject': '{portal}: „{title}“ muss noch einmal angesehen werden',
  'mail.fileRequest.returned.body':
    'Die Dateien, die Sie für „{title}“ hochgeladen haben, wurden zurückgegeben: {reason}',
  'mail.fileRequest.dueSoon.subject': 'Erinnerung: „{title}“ ist am {date} fällig',
  'mail.fileRequest.overdue.subject': 'Überfällig: „{title}“ war am {date} fällig',
  'mail.fileRequest.reminder.body': '{account} muss noch hochladen: {title}.',
  'mail.fileRequest.button': 'Dateien hochladen',
  'mail.ticketReceived.subject': 'Wir haben Ihre Anfrage erhalten [#{number}]',
  'mail.ticketReceived.body':
    'Vielen Dank, dass Sie sich an {portal} gewandt haben. Ihre Anfrage „{subject}“ hat die Nummer #{number}; unser Team antwortet Ihnen bald.',
  'mail.ticketReceived.reply':
    'Wenn Sie etwas ergänzen möchten, antworten Sie auf diese E-Mail: Ihre Antwort wird der Anfrage hinzugefügt.',
  'mail.ticketReceived.button': 'Ihre Anfrage ansehen',
  'mail.csat.subject': 'Wie waren wir? Anfrage #{number}: {subject}',
  'mail.csat.body':
    'Ihre Anfrage #{number} „{subject}“ wurde als gelöst markiert. Wie bewerten Sie die Hilfe, die Sie von {portal} erhalten haben? Ein Klick genügt.',
  'mail.csat.good': 'Gut, ich bin zufrieden',
  'mail.csat.bad': 'Schlecht, ich bin unzufrieden',
  'mail.thread.ticketSubject': '[#{number}] {subject} ({portal})',
  'mail.thread.subject': '{subject} ({portal})',
  'mail.thread.message': '{author} schrieb ({time} UTC):\n{body}',
  'mail.thread.someone': 'Jemand',
  'mail.thread.button': 'Unterhaltung öffnen',
  'mail.thread.hidden.subject':
    '{number, select, none {Neue Nachricht von {portal}} other {[#{number}] Neue Nachricht von {portal}}}',
  'mail.thread.hidden.body': 'Sie haben eine neue Nachricht von {portal}.',
  'mail.thread.hidden.signIn': 'Melden Sie sich an, um sie zu lesen.',
  'mail.digest.subject': 'Ihre tägliche Übersicht von {portal}',
  'mail.digest.body': 'Neue Nachrichten seit gestern:',
  'mail.digest.line': '{subject}: {count} neu',
  'mail.digest.hidden': 'Sie haben neue Nachrichten von {portal}.',
  'mail.digest.button': 'Portal öffnen',
  'mail.footer.terms': 'Nutzungsbedingungen',
  'mail.footer.privacy': 'Datenschutz',
  'billing.pdf.invoice': 'Rechnung',
  'billing.pdf.quote': 'Angebot',
  'billing.pdf.creditNote': 'Gutschrift',
  'billing.pdf.draft': '(Entwurf)',
  'billing.pdf.issued': 'Datum',
  'billing.pdf.due': 'Fällig',
  'billing.pdf.billTo': 'Rechnungsempfänger',
  'billing.pdf.taxId': 'Steuernummer',
  'billing.pdf.description': 'Beschreibung',
  'billing.pdf.quantity': 'Menge',
  'billing.pdf.unitPrice': 'Einzelpreis',
  'billing.pdf.amount': 'Betrag',
  'billing.pdf.subtotal': 'Zwischensumme',
  'billing.pdf.discount': 'Rabatt',
  'billing.pdf.total': 'Gesamt',
  'billing.pdf.paid': 'Bezahlt',
  'billing.pdf.balance': 'Offener Betrag',
  'billing.pdf.payOnline': 'Online ansehen und bezahlen',
  'billing.pdf.credits': 'Gutschrift zu Rechnung {number}',
  'billing.pdf.replaces': 'Ersetzt Rechnung {number} (storniert)',
  'billing.pdf.validUntil': 'Gültig bis',
  'billing.pdf.terms': 'Bedingungen',
  'billing.pdf.fromQuote': 'Angebot {number}',
  'billing.pdf.optionalIncluded': 'Optionale Position, im Gesamtbetrag enthalten',
  'billing.pdf.optionalExcluded': 'Optionale Position, nicht im Gesamtbetrag enthalten',
  'billing.pdf.optionalHint':
    'Optionale Positionen können Sie im Portal hinzufügen oder entfernen, bis das Angebot angenommen ist.',
  'billing.pdf.acceptedBy': 'Angenommen von {name} am {date}',
  'billing.statement.title': 'Kontoauszug',
  'billing.statement.period': '{from} bis {to}',
  'billing.statement.until': 'Bis {to}',
  'billing.statement.date': 'Datum',
  'billing.statement.debit': 'Belastet',
  'billing.statement.credit': 'Gutgeschrieben',
  'billing.statement.balance': 'Saldo',
  'billing.statement.opening': 'Anfangssaldo',
  'billing.statement.closing': 'Endsaldo',
  'billing.statement.invoice': 'Rechnung {number}',
  'billing.statement.credit_note': 'Gutschrift {number}',
  'billing.statement.payment': 'Zahlung für {number}',
  'mail.billing.subject':
    '{kind, select, quote {Angebot} credit_note {Gutschrift} other {Rechnung}} {number} von {portal}',
  'mail.billing.body':
    '{portal} hat Ihnen {kind, select, quote {das Angebot} credit_note {die Gutschrift} other {die Rechnung}} {number} über {total} gesendet{due, select, none {} other {, fällig am {due}}}. Das PDF ist angehängt.',
  'mail.billing.button': 'Im Portal ansehen',
  'mail.billing.validUntil': 'Dieses Angebot ist gültig bis {validUntil}.',
  'mail.billing.coverNote': '{coverNote}',
  'mail.billing.payment.subject':
    '{outcome, select, failed {Ihre Zahlung von {amount} an {portal} ist fehlgeschlagen} other {Zahlung erhalten: {amount}}}',
  'mail.billing.payment.body':
    '{outcome, select, failed {Ihre Online-Zahlung von {amount} an {portal} ist fehlgeschlagen. Es wurde nichts belastet; Sie können es im Portal erneut versuchen.} other {Vielen Dank: {portal} hat Ihre Online-Zahlung von {amount} erhalten.}}',
  'mail.billing.autoCharge.subject': 'Automatische Zahlung der Rechnung {number} fehlgeschlagen',
  'mail.billing.autoCharge.body':
    '{portal} konnte die gespeicherte Karte von {account} für Rechnung {number} ({amount}) nach vier Versuchen nicht belasten ({reason}). Sie bleibt offen: Erfassen Sie eine Zahlung oder bitten Sie den Kunden zu zahlen.',
  'mail.billing.declined.subject': 'Ihre Karte wurde für Rechnung {number} abgelehnt',
  'mail.billing.declined.reason':
    '{reason, select, funds {Ihre Bank hat die Belastung von {amount} abgelehnt: Die Karte war nicht ausreichend gedeckt.} expired {Ihre Bank hat die Belastung von {amount} abgelehnt: Die Karte ist abgelaufen.} details {Ihre Bank hat die Belastung von {amount} abgelehnt: Kartennummer oder Prüfziffer stimmten nicht.} blocked {Ihre Bank hat die Belastung von {amount} abgelehnt: Die Karte ist gesperrt (als verloren oder gestohlen gemeldet oder eingeschränkt).} nocard {Wir konnten {amount} nicht belasten: Für die automatische Zahlung ist keine Karte hinterlegt.} authentication {Ihre Bank möchte, dass Sie die Belastung von {amount} selbst bestätigen.} processing {Die Bank konnte die Belastung von {amount} nicht verarbeiten; das ist meist vorübergehend.} other {Ihre Bank hat die Belastung von {amount} ohne Angabe von Gründen abgelehnt.}}',
  'mail.billing.declined.body':
    '{retry, select, yes {Wir versuchen es am {retryOn} erneut. Sie können Rechnung {number} auch jetzt im Portal bezahlen.} other {Wir versuchen es nicht erneut: Rechnung {number} bleibt offen. Bitte bezahlen Sie sie im Portal.}}',
  'mail.billing.declined.card':
    'Um eine andere Karte für automatische Zahlungen zu verwenden, hinterlegen Sie sie auf Ihrer Abrechnungsseite: {cardsUrl}',
  'mail.billing.declined.button': 'Rechnung bezahlen',
  'mail.billing.authenticate.subject': 'Bitte bestätigen Sie die Zahlung der Rechnung {number}',
  'mail.billing.authenticate.body':
    'Ihre Bank bittet Sie, die automatische Zahlung von {amount} für Rechnung {number} von {portal} zu bestätigen (3-D Secure). Es wurde noch nichts belastet: Öffnen Sie die Rechnung im Portal und bestätigen Sie die Zahlung bei Ihrer Bank.',
  'mail.billing.authenticate.button': 'Zahlung bestätigen',
  'mail.billing.cardExpiring.subject': 'Ihre Karte mit der Endung {last4} läuft Ende {expiry} ab',
  'mail.billing.cardExpiring.body':
    'Die {brand}-Karte mit der Endung {last4}, mit der Ihre Rechnungen von {portal} automatisch bezahlt werden, läuft Ende {expiry} ab. Danach schlagen automatische Zahlungen mit dieser Karte fehl.',
  'mail.billing.cardExpiring.replace':
    'Bitte hinterlegen Sie vorher auf Ihrer Abrechnungsseite eine neue Karte: Sie ersetzt diese für automatische Zahlungen.',
  'mail.billing.cardExpiring.button': 'Karte ersetzen',
  'mail.billing.reminder.subject':
    '{when, select, before {Erinnerung: Rechnung {number} ist am {due} fällig} today {Rechnung {number} ist heute fällig} other {Überfällig: Rechnung {number} war am {due} fällig}}',
  'mail.billing.reminder.body':
    '{when, select, before {Eine freundliche Erinnerung von {portal}: Rechnung {number} über {balance} ist am {due} fällig.} today {Rechnung {number} von {portal} über {balance} ist heute fällig.} other {Rechnung {number} von {portal} war am {due} fällig, und {balance} sind noch offen. Falls Sie bereits bezahlt haben, vielen Dank, und betrachten Sie diese Nachricht als gegenstandslos.}}',
  'mail.tasks.reminder.subject':
    '{kind, select, before {Erinnerung: „{title}“ ist am {due} fällig} other {„{title}“ ist heute fällig}}',
  'mail.tasks.reminder.body':
    '{kind, select, before {Eine Erinnerung von {portal}: Die Aufgabe „{title}“ ({project}) ist am {due} fällig.} other {Die Aufgabe „{title}“ ({project}) ist heute fällig.}}',
  'mail.tasks.digest.subject':
    '{count, plural, one {# überfällige Aufgabe} other {# überfällige Aufgaben}} auf {portal}',
  'mail.tasks.digest.body': 'Diese Ihnen zugewiesenen Aufgaben haben ihr Fälligkeitsdatum überschritten:',
  'mail.tasks.digest.line': '{title} ({project}), fällig am {due}',
  'mail.tasks.button': 'Aufgabenliste öffnen',
  'mail.tasks.open': 'Aufgabe öffnen',
  'mail.approval.requested.subject': '{portal}: Ihre Freigabe für „{title}“ wird erbeten',
  'mail.approval.reminder.subject': 'Erinnerung: „{title}“ wartet auf Ihre Freigabe',
  'mail.approval.body':
    '{account}: „{title}“ wartet auf Ihre Entscheidung. Geben Sie es frei oder fordern Sie Änderungen an.',
  'mail.approval.due': 'Bitte entscheiden Sie bis {date}.',
  'mail.approval.button': 'Prüfen und entscheiden',
  'mail.onboarding.subject': '{portal}: Ihr nächster Schritt, „{title}“',
  'mail.onboarding.body': '{account}: Ein neuer Schritt Ihres Onboardings ist für Sie bereit: „{title}“.',
  'mail.onboarding.button': 'Ihre Checkliste öffnen',
  'mail.signature.requested.subject': '{portal}: Bitte unterschreiben Sie „{title}“',
  'mail.signature.reminder.subject': 'Erinnerung: „{title}“ wartet auf Ihre Unterschrift',
  'mail.signature.body':
    '{account}: „{title}“ wartet auf Ihre Unterschrift. Prüfen Sie das Dokument und unterschreiben Sie es dann.',
  'mail.signature.expires': 'Bitte unterschreiben Sie vor dem {date} (UTC).',
  'mail.signature.button': 'Prüfen und unterschreiben',
  'mail.signature.completed.subject': '{portal}: „{title}“ ist von allen unterschrieben',
  'mail.signature.completed.body':
    '{account}: Alle Parteien haben „{title}“ unterschrieben. Die unterschriebene Ausfertigung mit ihrer Zertifikatsseite liegt bei den Dokumenten.',
  'mail.signature.completed.button': 'Unterschriebene Ausfertigung herunterladen',
  'mail.order.status.subject':
    'Bestellung {number}: {status, select, placed {aufgegeben} paid {bezahlt} partially_fulfilled {teilweise verpackt} fulfilled {verpackt} shipped {versandt} delivered {zugestellt} cancelled {storniert} returned {zurückgesandt} other {aktualisiert}}',
  'mail.order.status.body':
    '{account}: Ihre Bestellung {number} ist jetzt {status, select, placed {aufgegeben} paid {bezahlt} partially_fulfilled {teilweise verpackt} fulfilled {verpackt und versandbereit} shipped {unterwegs} delivered {zugestellt} cancelled {storniert} returned {zurückgesandt} other {aktualisiert}}.',
  'mail.order.status.button': 'Bestellung verfolgen',
  'mail.webhooks.disabled.subject': 'Ein Webhook-Endpunkt von {portal} wurde deaktiviert',
  'mail.webhooks.disabled.body':
    'Zustellungen an {url} sind etwa drei Tage lang fehlgeschlagen, daher sendet {portal} nicht mehr dorthin. Beheben Sie den Fehler am Endpunkt und aktivieren Sie ihn dann in der Konsole wieder; das Zustellprotokoll zeigt jeden Versuch.',
  'mail.webhooks.disabled.button': 'Webhooks öffnen',
  'mail.signatureCertificate.expiring.subject': 'Das Signaturzertifikat von {portal} läuft am {date} ab',
  'mail.signatureCertificate.expiring.body':
    'Das Zertifikat, mit dem {portal} unterschriebene Dokumente versiegelt ({subject}), läuft am {date} (UTC) ab, in {days, plural, one {# Tag} other {# Tagen}}. Danach können keine Umschläge mehr versendet und nach diesem Datum unterschriebene Dokumente nicht mehr versiegelt werden.',
  'mail.signatureCertificate.expiring.action':
    'Ersetzen Sie es auf der Seite „Signaturzertifikat“ in der Konsole durch das erneuerte Zertifikat Ihrer Kanzlei (.p12 oder .pfx) oder erstellen Sie ein neues selbstsigniertes.',
  'mail.signatureCertificate.expiring.button': 'Signaturzertifikat öffnen',
  'mail.emailChange.code.subject': 'Ihr Code von {portal} zum Ändern Ihrer Anmeldeadresse',
  'mail.emailChange.code.body':
    'Geben Sie diesen Code in {portal} ein, um diese Adresse zu Ihrer Anmeldeadresse zu machen: {code}. Er funktioniert einmal, 15 Minuten lang.',
  'mail.emailChange.taken.subject': 'Jemand wollte diese Adresse bei {portal} verwenden',
  'mail.emailChange.taken.body':
    'Jemand wollte eine andere Anmeldung bei {portal} auf diese Adresse umstellen, die bereits eine hat; deshalb wurde nichts geändert. Falls Sie das waren, melden Sie sich stattdessen mit dieser Adresse an.',
  'mail.emailChange.notice.subject': 'Ihre Anmeldeadresse bei {portal} wurde geändert',
  'mail.emailChange.notice.body':
    'Die Anmeldeadresse Ihres Kontos bei {portal} wurde am {time} UTC von dieser Adresse auf {newEmail} geändert. Falls Sie das nicht waren, machen Sie die Änderung innerhalb von 7 Tagen rückgängig: Der Link stellt diese Adresse wieder her und meldet alle ab.',
  'mail.emailChange.notice.button': 'Diese Änderung rückgängig machen',
  'mail.dataExport.subject': 'Ihre Daten bei {portal} stehen zum Download bereit',
  'mail.dataExport.body':
    'Der Export aller Daten, die {portal} über Sie gespeichert hat, ist fertig. Melden Sie sich an und laden Sie ihn bis {time} UTC in Ihrem Profil herunter; danach wird er gelöscht.',
  'mail.dataExport.button': 'Ihr Profil öffnen',
  'mail.deletion.subject': 'Ihr {portal}-Konto wird am {date} gelöscht',
  'mail.deletion.body':
    'Wir haben einen Antrag auf Löschung Ihres {portal}-Kontos erhalten. Am {date} UTC werden Ihr Profil, Ihre Anmeldemethoden und alles, was Sie geschrieben oder hochgeladen haben, gelöscht. Bis dahin können Sie den Antrag in Ihrem Profil zurückziehen.',
  'mail.deletion.button': 'Ansehen oder zurückziehen',
  'deletion.anonymousLabel': 'Gelöschte Person {tag}',
  'deletion.erasedSubject': 'Ticket #{number}',
  'deletion.erasedConversation': 'Unterhaltung',
  'deletion.hold.person': 'Eine gesetzliche Aufbewahrungspflicht für diese Person: {reason}',
  'deletion.hold.legal': 'Eine gesetzliche Aufbewahrungspflicht für {account}: {reason}',
  'deletion.hold.invoice':
    '{account} hat {count, plural, one {# unbezahlte Rechnung} other {# unbezahlte Rechnungen}}, und Sie sind das einzige Mitglied.',
  'help.languages': 'Weitere Sprachen',
  'help.fallback': 'Diesen Artikel gibt es noch nicht auf {wanted}, daher wird er auf {shown} angezeigt.',
  'mail.ssoLinkCode.subject': 'Ihr Code für {portal}, um Single Sign-on zu verbinden',
  'mail.ssoLinkCode.body':
    'Geben Sie diesen Code auf der Seite ein, die danach gefragt hat, um Ihren Identitätsanbieter mit Ihrem Konto bei {portal} zu verbinden. Er funktioniert einmal, {minutes} Minuten lang:',
  'mail.ssoLinkCode.notYou':
    'Wenn Sie nicht versucht haben, sich per Single Sign-on anzumelden, ignorieren Sie diese E-Mail: Es ändert sich nichts.',
  'billing.retainer.overageLine':
    'Freigegebener Mehraufwand des Stundenkontingents „{name}“, {from} bis {to}: {hours} h',
  'mail.return.status.subject':
    'Rücksendung {number}: {status, select, requested {eingegangen} approved {genehmigt} rejected {nicht angenommen} received {wieder bei uns} inspected {geprüft} refunded {erstattet} exchanged {umgetauscht} other {aktualisiert}}',
  'mail.return.status.body':
    '{account}: Ihre Rücksendung {number} zur Bestellung {order} {status, select, requested {ist eingegangen. Wir prüfen sie und teilen Ihnen mit, wie es weitergeht.} approved {wurde genehmigt. Folgen Sie den Anweisungen und drucken Sie das Rücksendeetikett im Portal aus.} rejected {wurde nicht angenommen: {detail}} received {ist wieder bei uns eingetroffen.} inspected {wurde geprüft.} refunded {wurde erstattet: {detail}.} exchanged {wurde umgetauscht. Ihr Ersatz ist unterwegs.} other {wurde aktualisiert.}}',
  'mail.return.status.button': 'Ihre Rücksendung ansehen',
  'help.title': 'Hilfe-Center',
  'help.home.heading': 'Wie können wir helfen?',
  'help.home.description': 'Antworten und Anleitungen von {name}.',
  'help.home.empty': 'Hier gibt es noch keine Artikel.',
  'help.category.empty': 'In dieser Kategorie gibt es noch keine Artikel.',
  'help.status': '{status, select, draft {Entwurf} archived {Archiviert} other {Veröffentlicht}}',
  'help.feedback.question': 'War dieser Artikel hilfreich?',
  'help.feedback.yes': 'Ja',
  'help.feedback.no': 'Nein',
  'help.feedback.comment': 'Erzählen Sie uns mehr (optional)',
  'help.feedback.send': 'Senden',
  'help.feedback.thanks': 'Vielen Dank für Ihr Feedback.',
  'help.related': 'Verwandte Artikel',
  'help.search.label': 'Im Hilfe-Center suchen',
  'help.search.button': 'Suchen',
  'help.search.title': 'Suche: {query}',
  'help.search.heading': 'Suchergebnisse für „{query}“',
  'help.search.none': 'Keine Artikel passen zu Ihrer Suche. Versuchen Sie es mit anderen Wörtern.',
  'help.search.count': '{count, plural, one {# Artikel gefunden} other {# Artikel gefunden}}',
  'help.search.more': 'Weitere Ergebnisse',
  'help.pages.label': 'Seiten mit Artikeln',
  'help.pages.previous': 'Vorherige Seite',
  'help.pages.next': 'Nächste Seite',
  'help.tooMany.title': 'Zu viele Suchanfragen',
  'help.tooMany.body':
    'Suchanfragen aus Ihrem Netzwerk sind kurz pausiert. Versuchen Sie es in einer Minute erneut, oder stöbern Sie in den Kategorien.',
  'help.notFound.title': 'Seite nicht gefunden',
  'help.notFound.body': 'Diese Seite gibt es nicht, oder Sie müssen sich anmelden, um sie zu lesen.',
  'help.back': 'Zurück zum Hilfe-Center',
  'help.backToPortal': 'Zurück zum Portal',
  'help.signIn': 'Anmelden',
  'help.footer.terms': 'Nutzungsbedingungen',
  'help.footer.privacy': 'Datenschutz',
  'help.language': 'Sprache',
  'help.articleLanguage': 'Dieser Artikel in anderen Sprachen',
  'helpPreview.gettingStarted': 'Erste Schritte',
  'helpPreview.gettingStartedText': 'Anmelden, sich zurechtfinden, Ihr Team einladen.',
  'helpPreview.billing': 'Abrechnung',
  'helpPreview.billingText': 'Rechnungen, Zahlungen und Belege.',
  'helpPreview.documents': 'Dokumente',
  'helpPreview.documentsText': 'Dateien teilen und anfordern.',
};
