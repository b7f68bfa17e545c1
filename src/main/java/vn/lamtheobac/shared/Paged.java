package vn.lamtheobac.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, serialised as {@code {"content":[…], "page":{size, number, totalElements, totalPages}}}.
 * {@code number} counts from 0.
 */
public record Paged<T>(List<T> content, PageMetadata page) {

    public record PageMetadata(int size, int number, long totalElements, int totalPages) {}

    public static <T> Paged<T> of(List<T> content, int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new Paged<>(List.copyOf(content), new PageMetadata(size, number, totalElements, totalPages));
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(content.stream().map(mapper).toList(), page);
    }

    public boolean hasPrevious() {
        return page.number() > 0;
    }

    public boolean hasNext() {
        return page.number() + 1 < page.totalPages();
    }
}
