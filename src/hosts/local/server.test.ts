import { describeLocalHostOverHttp } from '../../../test/support/local-host-scenarios';
import { openTestDatabase } from '../../../test/support/local-database';

describeLocalHostOverHttp('PGlite', () => openTestDatabase());
