/**
 * @module storage/repositories
 * Binds every repository to one connection or transaction, and implements the transaction
 * port: `run(work)` gives `work` repositories bound to one database transaction.
 */
import type { Repositories, TransactionManager } from "../domain/ports.js";
import type { Db } from "./db.js";
import { sqlActRepository } from "./sql-act-repository.js";
import { sqlClaimRepository } from "./sql-claim-repository.js";
import { sqlCohortRepository } from "./sql-cohort-repository.js";
import { sqlCustodyRepository } from "./sql-custody-repository.js";
import { sqlDocumentRepository } from "./sql-document-repository.js";
import { sqlMentionRepository } from "./sql-mention-repository.js";
import { sqlPersonRepository } from "./sql-person-repository.js";
import { sqlPersonMergeRepository } from "./sql-person-merge-repository.js";
import { sqlAuditRepository, sqlCaseRepository, sqlFacilityRepository, sqlRecognitionRepository } from "./sql-registry-repositories.js";

export function createRepositories(db: Db): Repositories {
  const custody = sqlCustodyRepository(db);
  return {
    documents: sqlDocumentRepository(db),
    persons: sqlPersonRepository(db),
    acts: sqlActRepository(db),
    custody,
    cohorts: sqlCohortRepository(db),
    claims: sqlClaimRepository(db),
    mentions: sqlMentionRepository(db),
    facilities: sqlFacilityRepository(db),
    recognitions: sqlRecognitionRepository(db),
    cases: sqlCaseRepository(db),
    audit: sqlAuditRepository(db),
    merges: sqlPersonMergeRepository(db),
  };
}

/** The transaction port on Drizzle: nested calls reuse the outer transaction's repositories. */
export function createTransactionManager(db: Db): TransactionManager {
  return {
    run: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Db))),
  };
}
