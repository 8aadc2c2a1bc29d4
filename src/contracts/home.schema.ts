/** user.home's input schema (the function parses with it; pages import ./home instead). */
import * as z from 'zod';
import type { HomeInput } from './home';
import type { Same } from './same';

export const HomeInputSchema = z
  .object({ lat: z.number().min(-90).max(90).optional(), lng: z.number().min(-180).max(180).optional() })
  .refine((v) => (v.lat === undefined) === (v.lng === undefined), { message: '位置需要同时有经度和纬度', path: ['lat'] });

export const _homeInputMatches: Same<z.output<typeof HomeInputSchema>, HomeInput> = true;
