/**
 * In-app notifications (with an unread badge) and, when SMTP is configured, e-mail: new directives to disseminate and
 * dissemination reminders reach the secretaries and officers of each target; commitment reminders reach the member; a
 * new evaluation round reaches each member in it, and a decided rating the member rated. It only listens to other
 * modules' events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"directive", "commitment", "evaluation", "identity", "people"})
package vn.lamtheobac.notification;
