// Orders of the large seed (issue 16): at scale 1, 10,000,000 orders over the 100,000 customer accounts (100 each),
// placed evenly over the year, with 1–4 lines, a shipment once shipped, and the status history the order page
// reads (placed, then the current status). One statement per batch, rows derived from their number (tickets.ts).
import type { Queryable } from '../../platform/db/index.ts';
import { DATASET_END, KIND, NOUNS, TICKETS_SPAN_DAYS, accountIdSql, idSql, msOf, pick, r16, r32 } from './sql.ts';

/** Status mix: delivered 70%, shipped 10%, paid 8%, placed 4%, cancelled 4%, returned 4% (recent ones less far on). */
function orderSource(orders: number, accounts: number): string {
  const stepSeconds = (TICKETS_SPAN_DAYS * 86_400) / orders;
  return `
    SELECT n, ${idSql(KIND.order, 'n', msOf('placed_at'))} AS id, ${accountIdSql('account_i')} AS account_id, placed_at,
      CASE WHEN placed_at > timestamptz '${DATASET_END}' - interval '3 days' AND r_status % 100 < 70 THEN 'paid'
        WHEN r_status % 100 < 70 THEN 'delivered' WHEN r_status % 100 < 80 THEN 'shipped' WHEN r_status % 100 < 88 THEN 'paid'
        WHEN r_status % 100 < 92 THEN 'placed' WHEN r_status % 100 < 96 THEN 'cancelled' ELSE 'returned' END AS status,
      line_count, (1 + r_price % 60) * 499 AS unit_price, 'SKU-' || lpad((r_price % 5000)::text, 5, '0') AS sku,
      initcap(${pick(NOUNS, 'r_price')}) || ' ' || (ARRAY['Basic','Plus','Pro','Mini','Max'])[1 + r_price % 5] AS product
    FROM (
      SELECT g AS n, timestamptz '${DATASET_END}' - interval '${TICKETS_SPAN_DAYS} days' + (g - 1) * ${stepSeconds} * interval '1 second' AS placed_at,
        1 + ${r32('h.h', 0)} % ${accounts} AS account_i, ${r16('h.h', 2)} AS r_status, ${r16('h.h', 3)} AS r_price,
        1 + ${r16('h.h', 4)} % 4 AS line_count
      FROM generate_series($1::bigint, $2::bigint) g, LATERAL (SELECT md5('order:' || g) AS h) h
    ) drawn`;
}

/** Orders from..to with their status history (two rows: placed, then the current status when it differs). */
export async function seedOrders(db: Queryable, shape: { orders: number; accounts: number }, from: number, to: number) {
  const lineSku = "src.sku || '-' || k";
  const qty = '(1 + (src.n + k) % 2)';
  await db.query(
    `WITH src AS MATERIALIZED (${orderSource(shape.orders, shape.accounts)}),
     priced AS MATERIALIZED (
       SELECT src.*, jsonb_agg(jsonb_build_object('sku', ${lineSku}, 'name', src.product || CASE WHEN k > 1 THEN ' accessory ' || k ELSE '' END,
           'quantity', ${qty}, 'unitPrice', src.unit_price / k, 'tax', round(src.unit_price / k * ${qty} * 0.2)::bigint) ORDER BY k) AS lines,
         sum(src.unit_price / k * ${qty})::bigint AS subtotal, sum(round(src.unit_price / k * ${qty} * 0.2))::bigint AS tax,
         string_agg(lower(${lineSku} || ' ' || src.product), ' ' ORDER BY k) AS words
       FROM src, generate_series(1, src.line_count) k
       GROUP BY src.n, src.id, src.account_id, src.placed_at, src.status, src.line_count, src.unit_price, src.sku, src.product),
     ord AS (
       INSERT INTO orders (id, account_id, external_id, number, placed_at, status, currency, subtotal_amount, tax_amount, total_amount,
         lines, line_count, shipping_address, billing_address, shipments, source_updated_at, payload_sha256, search_text, created_at, updated_at)
       SELECT id, account_id, 'shop-' || n, 'W' || (100000 + n), placed_at, status, 'EUR', subtotal, tax, subtotal + tax, lines, line_count,
         jsonb_build_object('name', 'Customer ' || n, 'line1', n || ' High Street', 'city', 'Springfield', 'postalCode', lpad((n % 99999)::text, 5, '0'), 'country', 'DE'),
         NULL,
         CASE WHEN status IN ('shipped', 'delivered', 'returned') THEN jsonb_build_array(jsonb_build_object('carrier', 'dhl',
           'trackingNumber', 'JD' || lpad(n::text, 12, '0'), 'trackingUrl', 'https://track.example/dhl/JD' || lpad(n::text, 12, '0'),
           'shippedAt', to_char(placed_at + interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'deliveredAt', CASE WHEN status IN ('delivered', 'returned') THEN to_char(placed_at + interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END))
           ELSE '[]'::jsonb END,
         placed_at + interval '3 days', md5('order:' || n) || md5('payload:' || n), 'w' || (100000 + n) || ' ' || words,
         placed_at, placed_at + interval '3 days'
       FROM priced ORDER BY n)
     INSERT INTO order_status_history (id, order_id, status, occurred_at)
     SELECT ${idSql(KIND.orderStatus, '(src.n - 1) * 2 + k', msOf('src.placed_at'))}, src.id,
       CASE WHEN k = 1 THEN 'placed' ELSE src.status END, src.placed_at + (k - 1) * interval '3 days'
     FROM src, generate_series(1, CASE WHEN src.status = 'placed' THEN 1 ELSE 2 END) k ORDER BY src.n, k`,
    [from, to],
  );
}
