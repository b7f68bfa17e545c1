/**
 * Demo data: on the first start with an empty database (by default only on the embedded PostgreSQL), generates a
 * realistic party organisation modelled on Cần Thơ city after the 2025 reorganisation (the city committee, its ward,
 * commune and affiliated committees, grassroots organisations and cells, about 3,000 people, a few discipline records)
 * and one demo account per role. The same seed always gives the same organisations, people and accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "organization",
            "people",
            "identity",
            "programme",
            "directive",
            "commitment",
            "initiative",
            "evaluation",
            "recognition"
        })
package vn.lamtheobac.demo;
