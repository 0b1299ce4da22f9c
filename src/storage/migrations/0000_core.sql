CREATE TABLE "acts" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"type" text NOT NULL,
	"release_kind" text,
	"start_date" date NOT NULL,
	"start_precision" text NOT NULL,
	"end_date" date,
	"end_precision" text,
	"facility_id" text,
	"case_id" text,
	"cohort_id" text,
	"document_id" text,
	"source_url" text,
	"note" text,
	"status" text DEFAULT 'accepted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "case_defendants" (
	"case_id" text NOT NULL,
	"person_id" text NOT NULL,
	CONSTRAINT "case_defendants_case_id_person_id_pk" PRIMARY KEY("case_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" text PRIMARY KEY NOT NULL,
	"court" text,
	"judge" text,
	"prosecutor" text,
	"verdict_date" date,
	"verdict_precision" text,
	"sentence_months" integer,
	"penalty_type" text,
	"in_absentia" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charges" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" text NOT NULL,
	"article" text NOT NULL,
	"part" text,
	"code" text
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"subject" text NOT NULL,
	"scope" text,
	"country" text,
	"value" integer NOT NULL,
	"qualifier" text NOT NULL,
	"as_of" date,
	"as_of_precision" text,
	"attributed_to" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'suggested' NOT NULL,
	"extractor_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "cohort_members" (
	"cohort_id" text NOT NULL,
	"person_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_members_cohort_id_person_id_pk" PRIMARY KEY("cohort_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"cohort_id" text NOT NULL,
	"document_id" text,
	"url" text,
	"reported" jsonb NOT NULL,
	"evidence" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_sources_has_source" CHECK ("cohort_sources"."document_id" is not null or "cohort_sources"."url" is not null)
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"count" integer NOT NULL,
	"qualifier" text DEFAULT 'exact' NOT NULL,
	"date" date,
	"date_precision" text,
	"country" text,
	"women" integer,
	"men" integer,
	"chronic_illness" integer,
	"disabled" integer,
	"over_50" integer,
	"with_children" integer,
	"minors" integer,
	"pensioners" integer,
	"under_25" integer,
	"extra" jsonb,
	"ordinal" integer,
	"ordinal_scope" text,
	"names_undisclosed" boolean DEFAULT false NOT NULL,
	"note" text,
	"status" text DEFAULT 'accepted' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "custody_daily" (
	"day" date PRIMARY KEY NOT NULL,
	"delta" integer DEFAULT 0 NOT NULL,
	"uncertain_delta" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "custody_spans" (
	"person_id" text NOT NULL,
	"seq" integer NOT NULL,
	"held_from" date NOT NULL,
	"from_latest" date NOT NULL,
	"held_until" date,
	"until_latest" date,
	CONSTRAINT "custody_spans_person_id_seq_pk" PRIMARY KEY("person_id","seq")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text,
	"outlet" text,
	"title" text,
	"text" text NOT NULL,
	"published" text,
	"language" text,
	"hash" text NOT NULL,
	"original" "bytea" NOT NULL,
	"original_type" text NOT NULL,
	"origin" text NOT NULL,
	"ingested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"region" text,
	"kind" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentions" (
	"id" text PRIMARY KEY NOT NULL,
	"document_id" text NOT NULL,
	"person_id" text,
	"name" text NOT NULL,
	"name_key" text,
	"role" text NOT NULL,
	"status_note" text,
	"aliases" jsonb,
	"evidence" jsonb NOT NULL,
	"status" text DEFAULT 'suggested' NOT NULL,
	"extractor_version" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_names" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"text" text NOT NULL,
	"script" text,
	"language" text,
	"kind" text NOT NULL,
	"name_key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"birth_date" date,
	"birth_precision" text,
	"gender" text,
	"region" text,
	"health" text,
	"chronic_illness" boolean,
	"disability" text,
	"disabled" boolean,
	"family" text,
	"children" integer,
	"contacts" text,
	"notes_private" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recognitions" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"organisation" text NOT NULL,
	"since" date,
	"since_precision" text,
	"document_id" text,
	"source_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_defendants" ADD CONSTRAINT "case_defendants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_defendants" ADD CONSTRAINT "case_defendants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sources" ADD CONSTRAINT "cohort_sources_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sources" ADD CONSTRAINT "cohort_sources_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custody_spans" ADD CONSTRAINT "custody_spans_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recognitions" ADD CONSTRAINT "recognitions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acts_person_start_idx" ON "acts" USING btree ("person_id","start_date");--> statement-breakpoint
CREATE INDEX "acts_type_start_idx" ON "acts" USING btree ("type","start_date");--> statement-breakpoint
CREATE INDEX "acts_cohort_idx" ON "acts" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "case_defendants_person_idx" ON "case_defendants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "charges_case_idx" ON "charges" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "charges_article_idx" ON "charges" USING btree ("article");--> statement-breakpoint
CREATE INDEX "claims_document_idx" ON "claims" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "claims_subject_asof_idx" ON "claims" USING btree ("subject","as_of");--> statement-breakpoint
CREATE INDEX "claims_status_idx" ON "claims" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cohort_members_person_idx" ON "cohort_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cohort_sources_cohort_idx" ON "cohort_sources" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "cohort_sources_document_idx" ON "cohort_sources" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "cohorts_date_idx" ON "cohorts" USING btree ("date");--> statement-breakpoint
CREATE INDEX "cohorts_status_idx" ON "cohorts" USING btree ("status");--> statement-breakpoint
CREATE INDEX "custody_spans_from_idx" ON "custody_spans" USING btree ("held_from","held_until");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_hash_uq" ON "documents" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "documents_url_idx" ON "documents" USING btree ("url");--> statement-breakpoint
CREATE INDEX "documents_published_idx" ON "documents" USING btree ("published");--> statement-breakpoint
CREATE INDEX "mentions_document_idx" ON "mentions" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "mentions_person_idx" ON "mentions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mentions_key_idx" ON "mentions" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "person_names_person_idx" ON "person_names" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_names_key_idx" ON "person_names" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "persons_name_key_idx" ON "persons" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "recognitions_person_idx" ON "recognitions" USING btree ("person_id");