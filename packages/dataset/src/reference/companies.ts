import type { CompanyRow } from './types.js';

/** Non-carrier firms the documents name as supporting the Clean Network (and TSMC, named for its Arizona fab). */
export const companies: CompanyRow[] = [
  { id: 'company:oracle', name: 'Oracle', homeCountry: 'US' },
  { id: 'company:cisco', name: 'Cisco', homeCountry: 'US' },
  { id: 'company:hpe', name: 'Hewlett Packard Enterprise', homeCountry: 'US' },
  { id: 'company:vmware', name: 'VMware', homeCountry: 'US' },
  { id: 'company:nec', name: 'NEC Corporation', homeCountry: 'JP' },
  { id: 'company:fujitsu', name: 'Fujitsu', homeCountry: 'JP' },
  { id: 'company:afero', name: 'Afero', homeCountry: 'US' },
  { id: 'company:irobot', name: 'iRobot', homeCountry: 'US' },
  { id: 'company:iland-technology-group', name: 'iLand Technology Group', homeCountry: 'BR' },
  { id: 'company:tsmc', name: 'Taiwan Semiconductor Manufacturing Company', homeCountry: 'TW' },
];
