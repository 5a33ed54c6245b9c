import { workspaceTestConfig } from '../vitest.shared.ts';

export default workspaceTestConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'bench/**'],
  },
});
