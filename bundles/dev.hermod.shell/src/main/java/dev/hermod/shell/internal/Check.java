package dev.hermod.shell.internal;

/**
 * One line of the doctor's report.
 *
 * @param status how it stands
 * @param text what was checked and, when something is wrong, how to fix it
 */
record Check(Status status, String text) {

    /** How a check stands; only {@link #FAIL} makes the report unhealthy. */
    enum Status {
        OK("✓"), WARN("!"), FAIL("✗"), INFO("–");

        final String mark;

        Status(String mark) { this.mark = mark; }
    }

    static Check ok(String text) { return new Check(Status.OK, text); }

    static Check warn(String text) { return new Check(Status.WARN, text); }

    static Check fail(String text) { return new Check(Status.FAIL, text); }

    static Check info(String text) { return new Check(Status.INFO, text); }

    @Override
    public String toString() {
        return status.mark + " " + text;
    }
}
