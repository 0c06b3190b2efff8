package io.github.socialplan.examples;

/** Runs every example in turn. */
public final class AllExamples {
  private AllExamples() {}

  public static void main(String[] args) {
    System.out.println("socialplan examples");
  }
}
