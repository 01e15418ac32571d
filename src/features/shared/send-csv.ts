import type { FastifyReply } from "fastify";

/** Answers a CSV file as a download. The response schemas describe only the error answers of such routes. */
export function sendCsv(reply: FastifyReply, filename: string, csv: string) {
  return reply
    .type("text/csv; charset=utf-8")
    .header("content-disposition", `attachment; filename="${filename}"`)
    .header("cache-control", "no-store")
    .send(csv);
}
