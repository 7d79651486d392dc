package dev.taskinbox.demo;

/** A refusal the demo server answers with as {@code application/problem+json}. */
final class DemoProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final String title;
    /** The request member it is about, as a JSON Pointer ({@code /status}), or null. */
    final String pointer;

    DemoProblem(int status, String code, String title, String detail) {
        this(status, code, title, detail, null);
    }

    DemoProblem(int status, String code, String title, String detail, String pointer) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.pointer = pointer;
    }

    /** A validation 400 about one member, which lands in {@code errors[]}. */
    static DemoProblem invalid(String member, String detail) {
        return new DemoProblem(400, "validation.failed", "Bad Request", detail, "/" + member);
    }

    static DemoProblem forbidden(String code, String detail) {
        return new DemoProblem(403, code, "Forbidden", detail);
    }

    static DemoProblem notFound(String what) {
        return new DemoProblem(404, "task.notFound", "Not Found", what + " was not found.");
    }

    static DemoProblem badRequest(String code, String detail) {
        return new DemoProblem(400, code, "Bad Request", detail);
    }
}
