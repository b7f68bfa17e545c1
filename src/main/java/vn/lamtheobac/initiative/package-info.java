/**
 * Models and actions (mô hình, hành động cụ thể): what a collective or a party member undertakes under the year's
 * theme, with measurable indicators and progress updates; completed by its owner, evaluated by the superior committee,
 * recognised by a higher committee as a good model (mô hình hay, cách làm sáng tạo) and replicated (nhân rộng) by other
 * organisations; published to the portal once effective (an individual's only with their recorded consent).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Models and actions",
        allowedDependencies = {"organization", "people", "programme", "document"})
package vn.lamtheobac.initiative;
