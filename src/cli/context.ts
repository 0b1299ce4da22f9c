/**
 * @module cli/context
 * PLACEHOLDER owned by the core: opens the application (storage + use cases) once per CLI run,
 * lazily, so verbs that need no database (extract, names) start fast.
 */
export async function closeContext(): Promise<void> {}
