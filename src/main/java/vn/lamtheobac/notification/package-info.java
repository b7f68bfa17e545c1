/**
 * In-app notifications (with an unread badge) and, when SMTP is configured, e-mail: new directives to disseminate and
 * dissemination reminders reach the secretaries and officers of each target; commitment reminders reach the member; a
 * model evaluated or replicated reaches its owner; a nomination reaches the committee that reviews or decides it next
 * (the proposing unit when returned or rejected); a commendation reaches the nominee and their unit; a new evaluation
 * round reaches each member in it, and a decided rating the member rated; a membership transfer reaches the committee
 * that decides it, and its decision the officer who recorded the person. It only listens
 * to other modules' events (and reads names of organisations and people for the text).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {
            "directive",
            "evaluation",
            "commitment",
            "identity",
            "people",
            "organization",
            "initiative",
            "recognition"
        })
package vn.lamtheobac.notification;
