/** Style sheets bundled as text (esbuild's text loader) for shadow roots. */
declare module '*.css' {
  const css: string;
  export default css;
}
