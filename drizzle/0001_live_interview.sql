CREATE TABLE "code_snapshots" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"at" integer NOT NULL,
	"language" text NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "code_snapshots_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "hint_topics" (
	"org_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "hint_topics_org_id_slug_pk" PRIMARY KEY("org_id","slug")
);
--> statement-breakpoint
CREATE TABLE "interview_event_changes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"interview_id" uuid NOT NULL,
	"changed_by" uuid NOT NULL,
	"change" text NOT NULL,
	"before" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interview_event_changes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "interview_events" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "interviews" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "code_snapshots" ADD CONSTRAINT "code_snapshots_org_id_interview_id_interviews_org_id_id_fk" FOREIGN KEY ("org_id","interview_id") REFERENCES "public"."interviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_event_changes" ADD CONSTRAINT "interview_event_changes_org_id_interview_id_interviews_org_id_id_fk" FOREIGN KEY ("org_id","interview_id") REFERENCES "public"."interviews"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "code_snapshots_interview_idx" ON "code_snapshots" USING btree ("org_id","interview_id","at");--> statement-breakpoint
CREATE INDEX "interview_event_changes_event_idx" ON "interview_event_changes" USING btree ("org_id","event_id");