import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, rendererFor, webglRendererName } from './renderer.ts';

describe('isSoftwareRenderer', () => {
  it('knows the software rasterisers headless browsers and virtual machines report', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Mesa OffScreen',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
      'Software Rasterizer',
      '',
      null,
    ])
      expect(isSoftwareRenderer(name), String(name)).toBe(true);
  });

  it('takes GPUs for hardware', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M2',
      'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
      'AMD Radeon Pro 5500M OpenGL Engine',
    ])
      expect(isSoftwareRenderer(name), name).toBe(false);
  });
});

describe('rendererFor', () => {
  it('uses WebGL only on hardware', () => {
    expect(rendererFor(true)).toEqual({ name: 'canvas', webgl: true });
    expect(rendererFor(false)).toEqual({ name: 'canvas', webgl: false });
  });

  it('finds no WebGL outside a browser', () => {
    expect(webglRendererName()).toBeNull();
  });
});
