# The diplograph service image: `diplograph serve` by default; compose runs `worker` and `migrate` from it too.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/diplograph
COPY pyproject.toml README.md alembic.ini ./
COPY app app
COPY graph graph
COPY migrations migrations
# The install brings the dependencies and the `diplograph` command; the code itself is imported from this
# tree (PYTHONPATH), because graph.store.db finds migrations/ beside the source tree and the wheel does not
# carry migrations/: imported from site-packages, `diplograph migrate` (compose's migrate service) fails.
RUN pip install .
ENV PYTHONPATH=/srv/diplograph

RUN useradd --system --no-create-home diplograph
USER diplograph

EXPOSE 8000
CMD ["diplograph", "serve", "--host", "0.0.0.0", "--port", "8000"]
