package dev.taskinbox.demo;

/** A refusal the demo server answers with as {@code application/problem+json}. */
final class DemoProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final String title;

    DemoProblem(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    static DemoProblem notFound(String what) {
        return new DemoProblem(404, "task.notFound", "Not Found", what + " was not found.");
    }

    static DemoProblem badRequest(String code, String detail) {
        return new DemoProblem(400, code, "Bad Request", detail);
    }
}
