import base from './playwright.config';

// Screenshots for the docs (scripts/screenshots.sh), not a test suite: not part of `make test`.
export default {
  ...base,
  testDir: './screenshots',
  timeout: 600_000,
  reporter: [['list']],
  retries: 0,
};
