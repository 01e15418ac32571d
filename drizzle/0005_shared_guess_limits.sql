CREATE TABLE "guess_failures" (
	"scope" text NOT NULL,
	"key_digest" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"failures" integer NOT NULL,
	CONSTRAINT "guess_failures_scope_key_digest_pk" PRIMARY KEY("scope","key_digest")
);
--> statement-breakpoint
CREATE INDEX "guess_failures_window_idx" ON "guess_failures" USING btree ("window_start");