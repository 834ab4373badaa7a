/** A posting file bundled as its text (esbuild's text loader, esbuild.mjs): the check worker's warm-up posting. */
declare module '*.posting.yaml' {
  const text: string;
  export default text;
}
