package vn.lamtheobac.shared.web;

/**
 * A request that no form or rule could make sense of (a control character in a parameter, a year no calendar of the
 * system holds): refused with 400 before any controller runs, naming the parameter at fault.
 */
class MalformedInputException extends RuntimeException {

    private final String parameter;
    private final String messageKey;

    MalformedInputException(String parameter, String messageKey) {
        super(messageKey + ": " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }
}
