# The app image used by docker-compose.yml: gunicorn serving cms.wsgi with production settings.
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.lock ./
RUN pip install -r requirements.lock
COPY . .
RUN SECRET_KEY=build-only ALLOWED_HOSTS=build DJANGO_SETTINGS_MODULE=cms.settings.production \
    sh -c "python manage.py compilemessages --ignore '*/site-packages/*' -v 0 && python manage.py collectstatic --no-input -v 0"
RUN useradd --create-home cms && mkdir -p /app/media /app/media-private \
    && chown cms /app/media /app/media-private
USER cms
EXPOSE 8000
CMD ["gunicorn", "cms.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
