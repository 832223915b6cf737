/** Registers `client:ahead` (src/browser/hydrate-ahead.ts), the directive every sticky chart hydrates with. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate in idle time after load, one island per task, without waiting for the island to come near. */
    'client:ahead'?: boolean;
  }
}

/** The integration that adds `client:ahead`. */
export function hydrateAhead(): AstroIntegration {
  return {
    name: 'hydrate-ahead',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'ahead',
          entrypoint: fileURLToPath(new URL('../browser/hydrate-ahead.ts', import.meta.url)),
        });
      },
    },
  };
}
