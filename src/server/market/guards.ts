import type { ErrorCode } from '../../contracts/errors';
import { AppError } from '../errors';
import { findProducer, type ProducerDoc } from './producer-repo';
import { findListing, type ListingDoc } from './repo';

/** The listing, or MARKET_LISTING_NOT_FOUND. */
export async function requireListing(id: string): Promise<ListingDoc> {
  const listing = await findListing(id);
  if (!listing) throw new AppError('MARKET_LISTING_NOT_FOUND');
  return listing;
}

/** The producer, or MARKET_PRODUCER_NOT_FOUND. */
export async function requireProducer(id: string): Promise<ProducerDoc> {
  const producer = await findProducer(id);
  if (!producer) throw new AppError('MARKET_PRODUCER_NOT_FOUND');
  return producer;
}

/** Throws the refusal a core rule answered, if any. */
export function refuseIf(refusal: ErrorCode | null): void {
  if (refusal) throw new AppError(refusal);
}
