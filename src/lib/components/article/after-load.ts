/**
 * What the article page adds once it is shown, loaded by one dynamic import (off its first-load
 * JS, which has no room for more): the offer to carry on reading, and read-aloud. Both are fixed
 * at the bottom of the screen, so their arriving moves nothing.
 */
export { default as ContinueReading } from './ContinueReading.svelte';
export { default as ReadAloud } from '../speech/ReadAloud.svelte';
