/**
 * Runs before every test file: registers sa11y's `toBeAccessible()` matcher, and makes Custom Label
 * imports give the labels' English values (see jest-mocks/salesforce/customLabels.ts).
 */
import { setup } from '@sa11y/jest';
import { mockCustomLabels } from './jest-mocks/salesforce/customLabels';

setup();
mockCustomLabels();
