/**
 * Zod compiles object parsers with `new Function` unless told not to. The Content-Security-Policy
 * allows no eval (server/http/edge.ts), and even Zod's probe for it counts as a violation, so the
 * client parses without. main.tsx imports this first, before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
