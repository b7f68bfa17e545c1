package vn.lamtheobac.shared;

/**
 * The lengths a typed text may have, the same in forms and commands ({@code @Size}) and in PostgreSQL (the CHECK
 * constraints of migration V1_24): a code or number {@value #CODE}, a name or title {@value #NAME}, a note, reason or
 * remark {@value #NOTE}, a body of text (a directive's content, an achievement) {@value #BODY}. No text of any request
 * is longer than {@value #BODY}: a longer one is refused at the boundary, naming the field.
 */
public final class TextLimits {

    public static final int CODE = 100;
    public static final int NAME = 500;
    public static final int NOTE = 4000;
    public static final int BODY = 20_000;

    private TextLimits() {}
}
