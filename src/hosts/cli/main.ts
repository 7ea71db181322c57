import { DEMO_TODAY, generateDemoOrganisation } from '../../demo';
import { parseArguments } from './arguments';
import { organisationReport } from './report';

// The command-line face of Mops: the demo organisation's report, until the local host serves the same.
const parsed = parseArguments(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`${parsed.error}\n`);
  process.exit(2);
}
const { seed, asOf = DEMO_TODAY, weeks, allAlerts } = parsed.options;
process.stdout.write(organisationReport(generateDemoOrganisation(seed), { asOf, weeks, allAlerts }));
