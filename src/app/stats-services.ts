/**
 * @module app/stats-services
 * Everything the web and API call, built on the core repositories, the web's extra reads and
 * the auth service. The shape matches `http/deps.ts` (checked where `cli/serve.ts` wires it).
 * Statistics are cached briefly and dropped on every review write: the dashboard is the hot
 * path (100 connections in the benchmark) and changes only when someone reviews.
 */
import { todayIso } from "../domain/dates.js";
import { NotFoundError } from "../domain/errors.js";
import type { Repositories, TransactionManager } from "../domain/ports.js";
import { matchNames } from "../names/match.js";
import { nameKey } from "../names/key.js";
import type { AuthService } from "./auth-service.js";
import type { WebReads } from "./stats-ports.js";
import { readStats } from "./stats-read.js";
import { claimRecords, cohortRecords, personRecord, type ReadDeps } from "./stats-records.js";
import { bulkAccept, listSuggestions, reviewCounts, reviewItem } from "./stats-review.js";
import { findCohortMergeCandidates, mergeCohorts, unmergeCohorts } from "./merge-cohorts.js";
import { mergePeople, unmergePeople } from "./merge-people.js";
import type { PersonSummary, ReviewFilter, SourceRecord, Stats } from "./stats-types.js";

/** Builds the web services. `statsTtlMs` 0 disables the cache (tests). */
export function createWebServices(opts: { repos: Repositories & { tx: TransactionManager }; reads: WebReads; auth: AuthService; statsTtlMs?: number; today?: () => string }) {
  const { repos, reads, auth } = opts;
  const deps: ReadDeps = { ...repos, reads };
  const today = opts.today ?? (() => todayIso());
  const ttl = opts.statsTtlMs ?? 2000;
  let cached: { at: number; value: Promise<Stats> } | null = null;
  const invalidate = () => {
    cached = null;
  };

  async function source(id: string): Promise<SourceRecord> {
    const d = await repos.documents.get(id);
    if (!d) throw new NotFoundError("source", id);
    const [claims, cohortIds] = await Promise.all([repos.claims.list({ documentId: id, limit: 10_000 }), reads.cohortsOfDocument(id)]);
    const cohorts = (await Promise.all(cohortIds.map((cid) => repos.cohorts.get(cid)))).flatMap((c) => (c ? [{ id: c.id, type: c.type, date: c.date, count: c.count, status: c.status }] : []));
    return { id: d.id, url: d.url, outlet: d.outlet, title: d.title, published: d.published, language: d.language, text: d.text, hash: d.hash, origin: d.origin, ingestedAt: d.ingestedAt, claims: await claimRecords(deps, claims), cohorts };
  }

  return {
    auth,
    stats(): Promise<Stats> {
      const now = Date.now();
      if (!cached || now - cached.at > ttl) {
        const value = readStats(deps, today());
        value.catch(invalidate);
        cached = { at: now, value };
      }
      return cached.value;
    },
    getPerson: (id: string) => personRecord(deps, id),
    async searchPeople(q: string, limit: number): Promise<PersonSummary[]> {
      const key = nameKey(q);
      const best = new Map<string, { matchedName: string; score: number }>();
      for (const n of await reads.allNames()) {
        const m = matchNames(q, n.text);
        const score = Math.max(m.score, key && key === n.nameKey ? 0.75 : 0, n.text.toLowerCase().includes(q.toLowerCase()) ? 0.9 : 0);
        if (score < 0.7) continue;
        const prev = best.get(n.personId);
        if (!prev || score > prev.score) best.set(n.personId, { matchedName: n.text, score });
      }
      const top = [...best.entries()].sort((a, b) => b[1].score - a[1].score).slice(0, limit);
      const people = await Promise.all(top.map(([id]) => personRecord(deps, id)));
      return people.map((p, i) => ({ id: p.id, name: p.name, matchedName: top[i]![1].matchedName, score: top[i]![1].score, status: p.status, published: p.published }));
    },
    async listPeople() {
      const list = await repos.persons.list({ limit: 100_000 });
      return Promise.all(list.map((p) => personRecord(deps, p.id)));
    },
    async listCohorts() {
      return cohortRecords(deps, await repos.cohorts.list({ limit: 100_000 }));
    },
    async getCohort(id: string) {
      const c = await repos.cohorts.get(id);
      if (!c) throw new NotFoundError("cohort", id);
      return (await cohortRecords(deps, [c]))[0]!;
    },
    async listClaims(filter: { subject?: string | undefined; publisher?: string | undefined }) {
      return claimRecords(deps, await repos.claims.list({ subject: filter.subject, attributedTo: filter.publisher, limit: 100_000 }));
    },
    async listSources() {
      return Promise.all((await repos.documents.list({ limit: 10_000 })).map((d) => source(d.id)));
    },
    getSource: source,
    review: {
      list: (filter: ReviewFilter) => listSuggestions(repos, filter),
      counts: () => reviewCounts(repos),
      async accept(id: string, actor: string) {
        await reviewItem(repos, id, "accept", actor);
        invalidate();
      },
      async reject(id: string, actor: string) {
        await reviewItem(repos, id, "reject", actor);
        invalidate();
      },
      async correct(id: string, value: Record<string, unknown>, actor: string) {
        await reviewItem(repos, id, "correct", actor, value);
        invalidate();
      },
      async bulkAccept(filter: ReviewFilter, actor: string) {
        const n = await bulkAccept(repos, filter, actor);
        invalidate();
        return n;
      },
    },
    people: {
      async merge(keptId: string, mergedId: string, actor: string) {
        const r = await mergePeople(repos, { keptId, mergedId, actor });
        invalidate();
        return r;
      },
      async unmerge(auditId: string, actor: string) {
        const r = await unmergePeople(repos, { auditId, actor });
        invalidate();
        return r;
      },
    },
    cohortAdmin: {
      async merge(keptId: string, mergedId: string, actor: string) {
        const r = await mergeCohorts(repos, { keptId, mergedId, actor });
        invalidate();
        return r;
      },
      async unmerge(auditId: string, actor: string) {
        const r = await unmergeCohorts(repos, { auditId, actor });
        invalidate();
        return r;
      },
      candidates: () => findCohortMergeCandidates(repos),
    },
  };
}
