/**
 * Which Cytoscape renderer to use. WebGL draws large maps fast on a real GPU, but where the browser
 * renders WebGL in software (SwiftShader, llvmpipe: headless Chromium, virtual machines, GPU
 * blocklists) it is several times slower than the canvas: measured here, 0.2 fps against 0.9 fps at
 * 20,000 nodes. So WebGL only where the browser reports a hardware renderer.
 */

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|mesa offscreen|microsoft basic render/i;

/** Whether an UNMASKED_RENDERER_WEBGL string names a software rasteriser (or names nothing). */
export function isSoftwareRenderer(renderer: string | null | undefined): boolean {
  if (!renderer || !renderer.trim()) return true;
  return SOFTWARE_RENDERERS.test(renderer);
}

/** The WebGL renderer the browser reports, or null without WebGL (or outside a browser). */
export function webglRendererName(): string | null {
  if (typeof document === 'undefined') return null;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

let hardware: boolean | undefined;

/** Whether this browser has hardware-accelerated WebGL (asked once). */
export function hasHardwareWebgl(): boolean {
  hardware ??= !isSoftwareRenderer(webglRendererName());
  return hardware;
}

/** Cytoscape's renderer options (Cytoscape 3.31+ draws with WebGL when asked). */
export function rendererFor(hardwareWebgl: boolean): { name: 'canvas'; webgl: boolean } {
  return { name: 'canvas', webgl: hardwareWebgl };
}
