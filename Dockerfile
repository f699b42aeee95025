# The service's image: build with Maven, run on a JRE. config/ and routes/ are inside the jar as defaults;
# mount ./config to /app/config to override them.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY config config
COPY routes routes
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 10001 notifier && mkdir -p /app/data && chown notifier /app/data
COPY --from=build /src/target/review-notifier.jar /app/review-notifier.jar
USER notifier
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/review-notifier.jar"]
