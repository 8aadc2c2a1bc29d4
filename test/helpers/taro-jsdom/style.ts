// Components import their styles; jsdom tests don't lay anything out.
export {};
