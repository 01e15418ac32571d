CREATE TABLE "audit_log" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"interview_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "audit_log_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "feedback_drafts" (
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"text" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_drafts_org_id_interview_id_pk" PRIMARY KEY("org_id","interview_id")
);
--> statement-breakpoint
CREATE TABLE "feedback_versions" (
	"org_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override_reason" text,
	"released_by" uuid NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_versions_org_id_interview_id_version_pk" PRIMARY KEY("org_id","interview_id","version")
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "annotations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "feedback_policy" jsonb DEFAULT '{"includeOutcome":false,"includeScores":false}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "score_dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_drafts" ADD CONSTRAINT "feedback_drafts_org_id_interview_id_interviews_org_id_id_fk" FOREIGN KEY ("org_id","interview_id") REFERENCES "public"."interviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_versions" ADD CONSTRAINT "feedback_versions_org_id_interview_id_interviews_org_id_id_fk" FOREIGN KEY ("org_id","interview_id") REFERENCES "public"."interviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("org_id","at");