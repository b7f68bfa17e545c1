package vn.lamtheobac.notification;

import java.time.ZonedDateTime;
import java.util.List;

/** A notification of the reader's; its text is the message {@code kind} with {@code args}, in the reader's language. */
public record NotificationView(
        long id, String kind, List<String> args, String link, ZonedDateTime createdAt, boolean read) {}
