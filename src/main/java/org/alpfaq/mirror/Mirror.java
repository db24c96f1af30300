package org.alpfaq.mirror;

import java.util.List;

/**
 * A known mirror.
 *
 * @param name the short name used on the command line ({@code tuna})
 * @param location where it is
 * @param url the full base URL, ending in '/', under which {@code <branch>/<component>} live
 * @param otherUrls other base URLs that serve the same mirror, recognised by {@code show}
 */
public record Mirror(String name, String location, String url, List<String> otherUrls) {
    public Mirror(String name, String location, String url) {
        this(name, location, url, List.of());
    }
}
