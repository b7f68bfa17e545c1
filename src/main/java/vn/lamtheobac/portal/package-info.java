/**
 * The public portal at {@code /}: for now its home page; news articles and published exemplars come with later work.
 * It reads only published views and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package vn.lamtheobac.portal;
