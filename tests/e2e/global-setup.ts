import { buildApp } from '../../scripts/build-app.mjs';

/** The e2e suite runs the built renderer, as `npm start` does. */
export default function globalSetup(): void {
  const result = buildApp();
  if (!result.ok) throw new Error(`build failed:\n${result.output}`);
}
