/** Trained parts of the answer engine (index, models) kept on disk and reused while content and code are unchanged. */
package nl.selam.kb.cache;
