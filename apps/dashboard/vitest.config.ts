import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { workspaceTestConfig } from '../../vitest.shared.ts';

// svelteTesting() resolves Svelte to its browser runtime (so `render` mounts
// real components) and unmounts them after each test.
export default workspaceTestConfig({
  plugins: [svelte(), svelteTesting()],
  test: {
    environment: 'happy-dom',
  },
});
