CREATE TABLE "candidate_links" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "candidate_links_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "candidate_sessions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "candidate_sessions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "email_messages" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"interview_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_messages_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "second_look_reminders" (
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"reminded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dismissed_at" timestamp with time zone,
	"dismissed_by" uuid,
	CONSTRAINT "second_look_reminders_org_id_interview_id_pk" PRIMARY KEY("org_id","interview_id")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "score_reasons" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "candidate_policy" jsonb DEFAULT '{"linkDays":90,"secondLookMonths":6}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD COLUMN "answers" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD COLUMN "source" text DEFAULT 'import' NOT NULL;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD COLUMN "locked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "feedback_versions" ADD COLUMN "released_view" jsonb;--> statement-breakpoint
ALTER TABLE "candidate_links" ADD CONSTRAINT "candidate_links_org_id_interview_id_interviews_org_id_id_fk" FOREIGN KEY ("org_id","interview_id") REFERENCES "public"."interviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_links" ADD CONSTRAINT "candidate_links_org_id_candidate_id_candidates_org_id_id_fk" FOREIGN KEY ("org_id","candidate_id") REFERENCES "public"."candidates"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_links" ADD CONSTRAINT "candidate_links_org_id_created_by_users_org_id_id_fk" FOREIGN KEY ("org_id","created_by") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_sessions" ADD CONSTRAINT "candidate_sessions_org_id_link_id_candidate_links_org_id_id_fk" FOREIGN KEY ("org_id","link_id") REFERENCES "public"."candidate_links"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "second_look_reminders" ADD CONSTRAINT "second_look_reminders_org_id_interview_id_interviews_org_id_id_fk" FOREIGN KEY ("org_id","interview_id") REFERENCES "public"."interviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_links_token_idx" ON "candidate_links" USING btree ("org_id","token_hash");--> statement-breakpoint
CREATE INDEX "candidate_links_interview_idx" ON "candidate_links" USING btree ("org_id","interview_id");--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_sessions_token_idx" ON "candidate_sessions" USING btree ("org_id","token_hash");--> statement-breakpoint
CREATE INDEX "email_messages_status_idx" ON "email_messages" USING btree ("status","updated_at");