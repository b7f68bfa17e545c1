/**
 * Directives (văn bản chỉ đạo: nghị quyết, chỉ thị, kế hoạch, hướng dẫn…) issued by a committee to the organisations
 * below it, and their dissemination (quán triệt, triển khai) down to the last cell: sessions with attendance by
 * category, status per target against the deadline, live tracking with drill-down, and reminders.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Directives and dissemination",
        allowedDependencies = {"organization", "document", "programme"})
package vn.lamtheobac.directive;
