// Forge's entry points, one per function in manifest.yml (`handler: hosts/jira/index.<name>`).
export { handler as resolver } from './resolvers';
export { handler as issueCreated } from './triggers/issue-created';
export { handler as issueUpdated } from './triggers/issue-updated';
export { handler as issueDeleted } from './triggers/issue-deleted';
export { handler as templateGate } from './validator/template-gate';
export { handler as weeklyDigest } from './schedules/weekly-digest';
export { handler as indexMaintenance } from './schedules/index-maintenance';
export { handler as backfillConsumer } from './queue/backfill-consumer';
