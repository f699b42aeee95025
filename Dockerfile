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
COPY --from=build /src/target/review-notifier.jar /tmp/review-notifier.jar
# Start faster: the jar extracted (no nested-jar class loader) with a class data sharing archive made by one
# training run that starts the application context on the embedded defaults and stops (docs/benchmarks.md).
RUN java -Djarmode=tools -jar /tmp/review-notifier.jar extract --destination /app/jar \
    && cd /tmp && HSCP_DATA_DIR=/tmp/training java -XX:ArchiveClassesAtExit=/app/jar/application.jsa \
       -Dspring.context.exit=onRefresh -jar /app/jar/review-notifier.jar \
    && rm -rf /tmp/training /tmp/review-notifier.jar
USER notifier
EXPOSE 8080
# GCLockerRetryAllocationCount: see docs/production-deployment.md (Java 17's spurious OutOfMemoryError)
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UnlockDiagnosticVMOptions", "-XX:GCLockerRetryAllocationCount=100", "-XX:SharedArchiveFile=/app/jar/application.jsa", "-jar", "/app/jar/review-notifier.jar"]
