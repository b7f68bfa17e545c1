package vn.lamtheobac.shared;

/** Which page of a list is asked for; sizes are clamped to 1–200 so no request can ask for the whole country. */
public record PageRequest(int number, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        number = Math.max(0, number);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public long offset() {
        return (long) number * size;
    }
}
