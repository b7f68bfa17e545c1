/**
 * Programmes (Kết luận 01-KL/TW…) run by a committee over a period, their whole-term theme (chuyên đề toàn khóa) and
 * annual themes (chuyên đề hằng năm); a lower committee may set its own annual theme under its superior's. A
 * programme is seen by its committee's subtree and by the committees above it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Programmes and themes",
        allowedDependencies = {"organization"})
package vn.lamtheobac.programme;
