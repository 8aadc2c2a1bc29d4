import { foundOr } from '../shared/guards';
import { writeOn } from '../shared/write-on';
import { findProducer, type ProducerDoc } from './producer-repo';
import { findListing, type ListingDoc } from './repo';

/** The listing, or MARKET_LISTING_NOT_FOUND. */
export const requireListing = (id: string): Promise<ListingDoc> => foundOr(findListing(id), 'MARKET_LISTING_NOT_FOUND');

/** The producer, or MARKET_PRODUCER_NOT_FOUND. */
export const requireProducer = (id: string): Promise<ProducerDoc> => foundOr(findProducer(id), 'MARKET_PRODUCER_NOT_FOUND');

/** Writes about the listing or the producer `input.id`: the caller and it, read at once (shared/write-on.ts). */
export const listingWrite = writeOn((input: { id: string }) => requireListing(input.id));
export const producerWrite = writeOn((input: { id: string }) => requireProducer(input.id));
